/** The data of `<glossary-term>`: an entry of an essay's glossary. */
import * as v from 'valibot';
import { RichText, Url, NonEmptyString, object } from './common.js';

export const GlossaryEntry = object({
  term: NonEmptyString,
  definition: RichText,
  url: v.optional(Url),
});

export type GlossaryEntry = v.InferOutput<typeof GlossaryEntry>;
