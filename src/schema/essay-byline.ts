/** The data of `<essay-byline>`. */
import * as v from 'valibot';
import { messages, IsoDate, Person, Organization, list, object } from './common.js';

export const BylineData = object({
  authors: v.pipe(list(Person), v.minLength(1, messages.atLeast(1, 'author'))),
  publisher: v.optional(Organization),
  published: v.optional(IsoDate),
  updated: v.optional(IsoDate),
});

export type BylineData = v.InferOutput<typeof BylineData>;
