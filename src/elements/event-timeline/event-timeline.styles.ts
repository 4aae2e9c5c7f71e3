import { css } from 'lit';

export const styles = css`
  .title {
    margin-block-end: 0.75em;
  }
  /* Room for the marks that straddle the time line, inside the element's own box. */
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    padding-inline-start: 0.3em;
  }
  /* The time line runs beside each event: the whole event when narrow, its text when wide. */
  li {
    position: relative;
    padding-block-end: 1em;
    padding-inline-start: 1.25em;
    border-inline-start: 1px solid var(--_rule);
  }
  li:last-child {
    padding-block-end: 0.25em;
  }
  /* A mark on the line for each event; its border prints where backgrounds are left out. */
  li::before,
  .content::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.3em;
    inset-block-start: 0.45em;
    box-sizing: border-box;
    inline-size: 0.6em;
    block-size: 0.6em;
    border: 0.3em solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent);
  }
  .content::before {
    content: none;
  }
  time {
    display: block;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent);
  }
  .name {
    font-weight: 650;
  }
  /* Place and participants: one under the other when narrow, a run with dots when wide. */
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta > * {
    display: block;
  }
  .body {
    margin-block-start: 0.25em;
  }

  /* Wide columns: the dates in a column of their own, aligned; the time line beside them. */
  @container (min-width: 34rem) {
    ol {
      display: grid;
      grid-template-columns: fit-content(12em) 1fr;
      padding: 0;
    }
    li {
      display: grid;
      grid-column: span 2;
      grid-template-columns: subgrid;
      column-gap: 1.25em;
      padding: 0;
      border: 0;
    }
    li::before {
      content: none;
    }
    .content {
      position: relative;
      padding-block-end: 1em;
      padding-inline-start: 1.25em;
      border-inline-start: 1px solid var(--_rule);
    }
    li:last-child .content {
      padding-block-end: 0.25em;
    }
    .content::before {
      content: '';
    }
    time {
      text-align: end;
      padding-block-start: 0.1em;
    }
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
