import { css } from 'lit';

/** An element's `theme`: `auto`, the default, follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element shares: the `--essay-*` custom properties (public) feeding
 * private `--_*` values, themes, links, labels, the status notice, print, and direction.
 * Fonts and text colour inherit from the page unless the dark theme is in force.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--essay-color-accent, #a6281b);
    --_muted: var(--essay-color-muted, #5e5852);
    --_rule: var(--essay-color-rule, #d9d2c9);
    --_wash: var(--essay-color-wash, #f6f2ec);
    --_gap: var(--essay-space, 1rem);
    display: block;
    container-type: inline-size;
    margin-block: var(--essay-block-margin, 1.75em);
    line-height: var(--essay-line-height, 1.55);
    /* A word longer than the line (a URL, a German compound, a long name) breaks where it must,
       and counts as no wider than a letter when grid and flex layouts size its box: it never
       sticks out of the element, whatever the column. */
    overflow-wrap: anywhere;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* An element reads in its language's direction, whatever the page's: right to left in the
     languages of i18n.ts's RIGHT_TO_LEFT; left to right where its own lang attribute names another
     language (an English widget on an Arabic page). */
  :host(:lang(ar)),
  :host(:lang(ckb)),
  :host(:lang(dv)),
  :host(:lang(fa)),
  :host(:lang(he)),
  :host(:lang(ps)),
  :host(:lang(sd)),
  :host(:lang(ug)),
  :host(:lang(ur)),
  :host(:lang(yi)) {
    direction: rtl;
  }
  :host(
    [lang]:not(:lang(ar)):not(:lang(ckb)):not(:lang(dv)):not(:lang(fa)):not(:lang(he)):not(:lang(ps)):not(
        :lang(sd)
      ):not(:lang(ug)):not(:lang(ur)):not(:lang(yi))
  ) {
    direction: ltr;
  }
  /* The dark palette, twice: for theme="dark", and for "auto" on a dark system. */
  :host([theme='dark']) {
    color-scheme: dark;
    --_accent: var(--essay-color-accent-dark, #f3a48f);
    --_muted: var(--essay-color-muted-dark, #b3ada5);
    --_rule: var(--essay-color-rule-dark, #4a4541);
    --_wash: var(--essay-color-wash-dark, #24211f);
    color: var(--essay-color-text-dark, #eeeae4);
    background: var(--essay-color-background-dark, #171514);
    padding: var(--essay-surface-padding, 1em 1.25em);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
      --_accent: var(--essay-color-accent-dark, #f3a48f);
      --_muted: var(--essay-color-muted-dark, #b3ada5);
      --_rule: var(--essay-color-rule-dark, #4a4541);
      --_wash: var(--essay-color-wash-dark, #24211f);
      color: var(--essay-color-text-dark, #eeeae4);
      background: var(--essay-color-background-dark, #171514);
      padding: var(--essay-surface-padding, 1em 1.25em);
    }
  }
  /* Inside another essay element, the outer one paints the surface. */
  :host([embedded]) {
    background: none;
    padding: 0;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
  }
  a:hover {
    text-decoration-thickness: 0.14em;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--essay-font-heading, inherit);
    line-height: 1.25;
    margin: 0;
    text-wrap: balance;
  }
  p {
    margin: 0;
  }
  .title {
    font-size: var(--essay-title-size, 1.25em);
    font-weight: 700;
    letter-spacing: -0.005em;
  }
  /* The accent rule over a widget that frames its own content (not the essay's paragraphs). */
  .frame {
    border-block-start: 2px solid var(--_accent);
    padding-block-start: 0.9em;
  }
  .label {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .muted {
    color: var(--_muted);
  }
  /* Runs of short items on one line, separated by a dot or a comma. The separator
     ends the item before it, so that a wrapped line never starts with one. */
  .dots,
  .commas {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
  }
  .dots > :not(:last-child)::after {
    content: '·';
    margin-inline: 0.45em;
    color: var(--_muted);
  }
  .commas > :not(:last-child)::after {
    content: ',\\a0';
    font-weight: 400;
  }
  /* (The comma of Arabic script: I18n.comma.) */
  .commas.arabic > :not(:last-child)::after {
    content: '،\\a0';
  }
  .native {
    margin-inline-start: 0.35em;
    font-weight: 400;
    color: var(--_muted);
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  .status {
    font-size: 0.875em;
    color: var(--_muted);
    border-inline-start: 3px solid var(--_rule);
    padding: 0.25em 0 0.25em 0.75em;
  }
  .status .detail {
    display: block;
    font-size: 0.85em;
    font-family: ui-monospace, monospace;
  }
  @media print {
    /* A widget breaks across pages like the text around it: kept whole, a tall one would move
       to the next page and leave most of this one empty. Only small parts stay whole, below. */
    :host {
      color: #000 !important;
      background: none !important;
      padding: 0 !important;
      /* Important: the dark palette's selectors are more specific, and paper is light. */
      --_accent: #000 !important;
      --_muted: #333 !important;
      --_rule: #999 !important;
    }
    /* A heading stays with the first lines of what it introduces. */
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    /* Small wholes: a quotation, an event, a scenario, a principle, a participant, a glossary
       entry. A key point may run to half a page: it breaks like a paragraph. */
    figure,
    li:not([part='point']),
    .glossary div {
      break-inside: avoid;
    }
    /* A glossary entry's term stands above its definition, so that the term and the address
       printed after it keep the width of the page (the selector outweighs the essay's own
       rules, which come later). */
    .glossary div {
      display: block;
    }
    /* A glossary term in the text is a word of the text on paper: nothing to click, and its
       definition (the popover, the one user of the wash colour) never over the page; an essay
       prints its glossary as a list. */
    [part='term'] {
      text-decoration: none;
    }
    [popover] {
      display: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
    }
  }
`;
