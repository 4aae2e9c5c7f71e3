/** The data of `<principle-list>`. */
import * as v from 'valibot';
import { messages, Organization, NonEmptyString, OptionalRichText, list, object } from './common.js';

export const PrincipleListData = object({
  title: NonEmptyString,
  advocate: v.optional(Organization),
  intro: OptionalRichText,
  principles: v.pipe(
    list(object({ name: NonEmptyString, description: OptionalRichText })),
    v.minLength(1, messages.atLeast(1, 'principle')),
  ),
});

export type PrincipleListData = v.InferOutput<typeof PrincipleListData>;
