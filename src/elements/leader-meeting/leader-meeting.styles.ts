import { css } from 'lit';

export const styles = css`
  .occasion {
    color: var(--_accent);
    margin-block-end: 0.25em;
  }
  .meta {
    margin-block-start: 0.3em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .participants {
    display: grid;
    gap: 0.6em 1.5em;
    margin-block: 1em;
  }
  .participants li {
    border-inline-start: 1px solid var(--_rule);
    padding-inline-start: 0.75em;
  }
  .name {
    display: block;
    font-weight: 650;
  }
  .details {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .summary {
    margin-block: 1em;
  }
  .lists {
    display: grid;
    gap: 1em 2em;
    margin-block: 1em;
  }
  .list li,
  .sources li {
    margin-block: 0.3em;
  }
  .list ul {
    padding-inline-start: 1em;
    list-style: square;
  }
  .list li::marker {
    color: var(--_accent);
  }
  [part='subheading'] {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
    margin-block-end: 0.4em;
  }
  pull-quote {
    margin-block: 1.25em;
  }
  .sources {
    border-block-start: 1px solid var(--_rule);
    padding-block-start: 0.75em;
    margin-block-start: 1.25em;
    font-size: 0.875em;
  }

  @container (min-width: 30rem) {
    .participants,
    .lists {
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    }
  }
`;
