import { css } from 'lit';

export const styles = css`
  .byline {
    border-block: 1px solid var(--_rule);
    padding-block: 0.6em;
    font-size: 0.95em;
    line-height: 1.45;
  }
  /* Authors run inline, so that long details wrap like text. */
  .key {
    color: var(--_muted);
  }
  .author + .author::before {
    content: ' \\00b7  ';
    color: var(--_muted);
  }
  .name,
  [part='publisher'] {
    font-weight: 650;
  }
  .details {
    color: var(--_muted);
  }
  /* Publisher and dates: one under the other when narrow, a run with dots when wide. */
  .meta {
    margin-block-start: 0.3em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta > * {
    display: block;
  }
  @container (min-width: 30rem) {
    .meta {
      display: flex;
      flex-wrap: wrap;
    }
    .meta > * + *::before {
      content: '·';
      margin-inline: 0.45em;
    }
  }
`;
