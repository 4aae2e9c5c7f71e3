/** Defines `<principle-list>`. */
import { PrincipleList } from './elements/principle-list/principle-list.js';

PrincipleList.define();

export { PrincipleList };
