import { css } from 'lit';

export const styles = css`
  .question {
    margin-block: 0.5em 0.75em;
    color: var(--_muted);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding-block: 0.75em;
    border-block-start: 1px solid var(--_rule);
  }
  li:first-child {
    border-block-start: 0;
  }
  .q {
    font-weight: 650;
  }
  .verdict {
    display: flex;
    align-items: center;
    gap: 0.6em;
    margin-block: 0.3em;
  }
  .scale {
    display: flex;
    gap: 0.2em;
  }
  .scale i {
    inline-size: 0.75em;
    block-size: 0.75em;
    border: 1.5px solid var(--_accent);
    border-radius: 50%;
  }
  /* Filled; the thick border still tells it from an empty mark where print leaves out backgrounds. */
  .scale .on {
    border-width: 0.3em;
    background: var(--_accent);
  }
  .reasoning {
    color: var(--_muted);
  }

  /* Wide columns: the verdict stands beside its question. */
  @container (min-width: 34rem) {
    li {
      display: grid;
      grid-template-columns: 1fr 11em;
      column-gap: 1.5em;
    }
    .verdict {
      grid-column: 2;
      grid-row: 1;
      margin: 0.15em 0 0;
    }
    .reasoning {
      grid-column: 1;
    }
  }
`;
