/** The data of `<leader-meeting>`. */
import * as v from 'valibot';
import {
  messages,
  IsoDate,
  CountryCode,
  Person,
  Source,
  NonEmptyString,
  OptionalString,
  OptionalRichText,
  list,
  object,
} from './common.js';
import { PullQuoteData } from './pull-quote.js';

export const LeaderMeetingData = object({
  participants: v.pipe(list(Person), v.minLength(2, messages.atLeast(2, 'participants'))),
  date: v.optional(IsoDate),
  occasion: OptionalString,
  location: v.optional(
    object({ venue: OptionalString, city: OptionalString, country: v.optional(CountryCode) }),
  ),
  summary: OptionalRichText,
  topics: v.optional(list(NonEmptyString)),
  outcomes: v.optional(list(NonEmptyString)),
  quotes: v.optional(list(PullQuoteData)),
  sources: v.optional(list(Source)),
});

export type LeaderMeetingData = v.InferOutput<typeof LeaderMeetingData>;
