import { css } from 'lit';

export const styles = css`
  figure {
    margin: 0;
    font-family: var(--essay-quote-font, inherit);
  }
  blockquote {
    margin: 0;
  }
  [part='text'] {
    font-size: 1.2em;
    line-height: 1.45;
  }
  [part='text']::before {
    content: open-quote;
  }
  [part='text']::after {
    content: close-quote;
  }
  figcaption {
    margin-block-start: 0.75em;
    font-size: 0.875em;
    line-height: 1.4;
  }
  .speaker {
    font-weight: 650;
  }
  .speaker::before {
    content: '\\2014\\2009';
    font-weight: 400;
    color: var(--_muted);
  }
  .details {
    color: var(--_muted);
  }
  cite {
    font-style: italic;
  }

  .inline {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 1.1em;
  }

  .featured {
    position: relative;
    border-block: 1px solid var(--_rule);
    padding-block: 1.5em 1.25em;
    padding-inline-start: 2.6rem;
  }
  /* 1.3em up to a 24rem column, growing with the column to 1.75em: phones see the smaller,
     article columns the larger, and so do pages before the upgrade (essay-widgets.css), whose
     width is the screen's. */
  .featured [part='text'] {
    font-size: var(--essay-quote-size, clamp(1.3em, 1.3em + (100cqi - 24rem) * 0.0375, 1.75em));
    line-height: 1.3;
    letter-spacing: -0.01em;
    font-weight: 500;
  }
  .featured [part='text']::before {
    content: open-quote / '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.95rem;
    font-size: 4.2rem;
    line-height: 1;
    color: var(--_accent);
    font-family: Georgia, 'Times New Roman', serif;
  }
  .featured figcaption {
    margin-block-start: 1em;
  }

  .aside {
    border-block-start: 3px solid var(--_accent);
    padding-block-start: 0.75em;
    max-inline-size: 24rem;
  }
  .aside [part='text'] {
    font-size: 1.1em;
    font-weight: 600;
  }

  @container (max-width: 24rem) {
    .featured {
      padding-inline-start: 0;
      padding-block-start: 2.75em;
    }
    .featured [part='text']::before {
      font-size: 3.2rem;
      inset-block-start: 0.6rem;
    }
  }
`;
