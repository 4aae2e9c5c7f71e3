import { css } from 'lit';

export const styles = css`
  .intro {
    margin-block: 0.5em 0.75em;
    color: var(--_muted);
  }
  ol {
    margin: 0;
    padding: 0;
  }
  [part='list'] {
    list-style: none;
  }
  [part='point'] {
    padding-block: 0.75em;
    border-block-start: 1px solid var(--_rule);
  }
  [part='point']:first-child {
    border-block-start: 0;
  }
  [part='ordinal'] {
    display: block;
    color: var(--_accent);
  }
  .heading {
    font-weight: 650;
  }
  .body {
    display: block;
    margin-block-start: 0.2em;
    /* A blank line in the body's text starts a new paragraph. */
    white-space: pre-line;
  }
  [part='subpoints'] {
    margin-block-start: 0.5em;
    padding-inline-start: 1.6em;
  }
  [part='subpoint'] {
    margin-block: 0.35em;
    padding-inline-start: 0.2em;
  }
  [part='subpoint']::marker {
    color: var(--_muted);
  }

  /* Wide columns: the ordinal words stand in a margin as wide as the longest, the theses align. */
  @container (min-width: 36rem) {
    [part='list'] {
      display: grid;
      grid-template-columns: minmax(5em, max-content) 1fr;
    }
    [part='point'] {
      display: grid;
      grid-column: span 2;
      grid-template-columns: subgrid;
      column-gap: 1.5em;
    }
    [part='ordinal'] {
      padding-block-start: 0.2em;
    }
  }
`;
