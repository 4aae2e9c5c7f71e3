/** Marks what an element wrote in its light DOM (its readable copy, JSON-LD), which is not data. */
export const GENERATED = 'data-essay-generated';
