/** Defines `<scenario-list>`. */
import { ScenarioList } from './elements/scenario-list/scenario-list.js';

ScenarioList.define();

export { ScenarioList };
