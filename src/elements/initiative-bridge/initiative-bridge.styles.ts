import { css } from 'lit';

export const styles = css`
  .bridge {
    display: grid;
    gap: 0.75em;
  }
  .title {
    margin-block-end: 1em;
  }
  .initiative {
    border-block-start: 2px solid var(--_accent);
    padding-block-start: 0.6em;
  }
  .name {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .advocate {
    margin-block-start: 0.25em;
    font-size: 0.9em;
  }
  .description {
    margin-block-start: 0.5em;
  }
  .connection {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.6em;
    padding-inline-start: 0.9em;
    border-inline-start: 1px solid var(--_rule);
    font-size: 0.9em;
  }
  .connection::before {
    content: '\\2195' / '';
    color: var(--_accent);
    font-size: 1.3em;
  }
  .relation {
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .facilitator,
  .advocate,
  .note {
    color: var(--_muted);
  }
  .note {
    margin-block-start: 1em;
    padding-block-start: 0.6em;
    border-block-start: 1px solid var(--_rule);
  }

  /* Wide columns: side by side, joined by a dashed rule that carries the relation. */
  @container (min-width: 34rem) {
    .bridge {
      grid-template-columns: minmax(0, 1fr) minmax(0, 0.8fr) minmax(0, 1fr);
      gap: 1.25em;
    }
    .connection {
      flex-direction: column;
      align-items: center;
      text-align: center;
      /* The rule runs across the gaps, from one initiative to the other. */
      margin: 0.5px -1.25em 0;
      padding: 0.25em 1em 0;
      border: 0;
      border-block-start: 1px dashed var(--_accent);
    }
    .connection::before {
      content: '\\2194' / '';
      font-size: 1.6em;
      line-height: 1;
    }
  }
`;
