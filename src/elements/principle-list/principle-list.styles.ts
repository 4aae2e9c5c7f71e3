import { css } from 'lit';

export const styles = css`
  header {
    margin-block-end: 0.75em;
  }
  .advocate {
    margin-block-start: 0.3em;
    font-size: 0.9em;
  }
  .advocate .label {
    margin-inline-end: 0.35em;
  }
  .intro {
    margin-block-end: 0.9em;
    color: var(--_muted);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    counter-reset: principle;
  }
  li {
    counter-increment: principle;
    position: relative;
    padding-block: 0.55em;
    padding-inline-start: 2em;
    border-block-start: 1px solid var(--_rule);
  }
  li:first-child {
    border-block-start: 0;
  }
  li::before {
    content: counter(principle);
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.7em;
    font-size: 0.8em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }
  .name {
    font-weight: 650;
  }
  .name::first-letter {
    text-transform: uppercase;
  }
  .description {
    display: block;
    margin-block-start: 0.15em;
    color: var(--_muted);
  }

  /* Wide columns without descriptions: the principles sit in two columns, read row by row. */
  @container (min-width: 34rem) {
    .terse {
      display: grid;
      grid-template-columns: 1fr 1fr;
      column-gap: 2.5em;
    }
    .terse li:nth-child(2) {
      border-block-start: 0;
    }
  }
`;
