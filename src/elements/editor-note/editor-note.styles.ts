import { css } from 'lit';

export const styles = css`
  [part='note'] {
    border-inline-start: 2px solid var(--_rule);
    padding-inline-start: 0.9em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* Corrections and updates change what the reader was told: they stand out. */
  .correction,
  .update {
    border-color: var(--_accent);
    color: inherit;
  }
  .head {
    font-size: 0.9em;
    margin-block-end: 0.15em;
  }
  .head time {
    color: var(--_muted);
  }
`;
