/** Defines `<essay-byline>`. */
import { EssayByline } from './elements/essay-byline/essay-byline.js';

EssayByline.define();

export { EssayByline };
