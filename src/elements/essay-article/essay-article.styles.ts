import { css } from 'lit';

export const styles = css`
  /* While the essay loads, and while the rest of its body renders, it holds the screen. */
  [role='status'],
  [aria-busy] {
    min-block-size: 100vh;
  }
  header {
    margin-block-end: 2em;
  }
  header .title {
    font-size: var(--essay-article-title-size, clamp(1.6em, 3.2cqi + 0.9em, 2.6em));
    line-height: 1.12;
    letter-spacing: -0.015em;
  }
  .dek {
    margin-block-start: 0.6em;
    font-size: clamp(1.05em, 0.9em + 1.2cqi, 1.2em);
    line-height: 1.45;
    color: var(--_muted);
  }
  essay-byline {
    margin-block: 1.25em 0;
  }
  .body > p {
    margin-block: 0 1em;
  }
  .body > h2,
  .body > h3,
  .body > h4,
  .body > h5,
  .body > h6 {
    margin-block: 1.75em 0.6em;
    font-size: 1.35em;
  }
  .body > .status {
    margin-block: 1em;
  }
  .glossary,
  footer {
    margin-block-start: 2.5em;
    border-block-start: 1px solid var(--_rule);
    padding-block-start: 1em;
  }
  .glossary .title {
    font-size: 0.8em;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  dl {
    margin: 0.75em 0 0;
    font-size: 0.9em;
  }
  dl div {
    margin-block: 0.7em;
  }
  dt {
    font-weight: 650;
  }
  dfn {
    font-style: normal;
  }
  dd {
    margin: 0;
  }
  footer editor-note {
    margin-block: 0 1em;
  }
  .tags {
    font-size: 0.85em;
  }
  .tags .label {
    margin-inline-end: 0.75em;
  }
  .tags .dots {
    display: inline-flex;
  }

  @container (min-width: 36rem) {
    dl div {
      display: grid;
      grid-template-columns: 12em 1fr;
      gap: 1.5em;
    }
  }
`;
