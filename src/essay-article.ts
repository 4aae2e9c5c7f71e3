/** Defines `<essay-article>` and every element it renders. */
import { EssayArticle } from './elements/essay-article/essay-article.js';

EssayArticle.define();

export { EssayArticle };
