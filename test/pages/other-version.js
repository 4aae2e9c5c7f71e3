// Another copy of the library, of another version, got to the page first.
customElements.define(
  'pull-quote',
  class extends HTMLElement {
    static version = '0.0.1';
  },
);
