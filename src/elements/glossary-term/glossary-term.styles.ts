import { css } from 'lit';

export const styles = css`
  /* An inline term in running text: no block box, no surface, no container. The two
     selectors together outweigh every theme rule of the base styles. */
  :host([theme]),
  :host(:not([theme])) {
    display: inline;
    position: relative;
    container-type: normal;
    margin: 0;
    padding: 0;
    background: none;
    color: inherit;
    line-height: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    margin: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
    /* Longhands: WebKit drops a text-decoration shorthand that names a thickness. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
  }
  button:hover,
  [aria-expanded='true'] {
    text-decoration-style: solid;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* A popover in the top layer. Placed against the term where the browser supports anchor
     positioning and the screen is wide enough: below the term, its start at the term's start,
     or its end at the term's end when that fits better. Elsewhere it spans the viewport, centred,
     below the term or above it (--_block, which the element sets as it opens): never at the
     viewport's middle, which in a framed page may be thousands of pixels out of sight. */
  .definition {
    inset-inline: 0;
    inset-block: var(--_block, 0 auto);
    margin: 0.35em auto;
    inline-size: max-content;
    max-inline-size: min(20rem, calc(100vw - 2rem));
    padding: 0.6em 0.8em;
    border: 1px solid var(--_rule);
    border-block-start: 2px solid var(--_accent);
    background: var(--_wash);
    color: CanvasText;
    font-size: var(--essay-definition-size, 0.9rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.45;
    text-align: start;
  }
  /* Not on a phone: not every engine that places it by the term keeps it on the screen. */
  @media (width > 30rem) {
    @supports (position-area: block-end) {
      .definition {
        inset: auto;
        margin: 0.35em 0 0;
        position-area: block-end span-inline-end;
        position-try-fallbacks: flip-inline, --essay-definition-centred;
      }
    }
  }
  /* Too wide for either side of the term: centred below it. */
  @position-try --essay-definition-centred {
    position-area: block-end span-all;
    justify-self: center;
  }
  .more {
    display: block;
    margin-block-start: 0.3em;
    font-size: 0.9em;
  }
`;
