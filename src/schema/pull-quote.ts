/** The data of `<pull-quote>`. */
import * as v from 'valibot';
import { RichText, IsoDate, Person, Source, object, oneOf } from './common.js';

export const PULL_QUOTE_VARIANTS = ['inline', 'featured', 'aside'] as const;

export const PullQuoteData = object({
  text: RichText,
  speaker: v.optional(Person),
  date: v.optional(IsoDate),
  source: v.optional(Source),
  variant: v.optional(oneOf(PULL_QUOTE_VARIANTS)),
});

export type PullQuoteData = v.InferOutput<typeof PullQuoteData>;
