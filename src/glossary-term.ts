/** Defines `<glossary-term>`. */
import { GlossaryTerm } from './elements/glossary-term/glossary-term.js';

GlossaryTerm.define();

export { GlossaryTerm };
