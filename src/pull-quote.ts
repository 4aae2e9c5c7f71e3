/** Defines `<pull-quote>`. */
import { PullQuote } from './elements/pull-quote/pull-quote.js';

PullQuote.define();

export { PullQuote };
