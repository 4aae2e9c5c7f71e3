/** The data of `<event-timeline>`. */
import * as v from 'valibot';
import {
  messages,
  IsoDate,
  Person,
  NonEmptyString,
  OptionalString,
  OptionalRichText,
  list,
  object,
} from './common.js';

export const TimelineEvent = object({
  date: IsoDate,
  endDate: v.optional(IsoDate),
  title: NonEmptyString,
  body: OptionalRichText,
  location: OptionalString,
  participants: v.optional(list(Person)),
});

export const EventTimelineData = object({
  title: OptionalString,
  events: v.pipe(list(TimelineEvent), v.minLength(1, messages.atLeast(1, 'event'))),
});

export type TimelineEvent = v.InferOutput<typeof TimelineEvent>;
export type EventTimelineData = v.InferOutput<typeof EventTimelineData>;
