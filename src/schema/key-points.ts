/** The data of `<key-points>`. */
import * as v from 'valibot';
import { messages, RichText, OptionalString, OptionalRichText, list, object } from './common.js';

/** One thesis; nests. Written out because a recursive schema cannot infer its own type. */
export interface KeyPoint {
  heading: string;
  body?: string;
  points?: KeyPoint[];
}

export const KeyPoint: v.GenericSchema<KeyPoint> = object({
  heading: RichText,
  body: OptionalRichText,
  points: v.optional(list(v.lazy(() => KeyPoint))),
});

export const KeyPointsData = object({
  title: OptionalString,
  intro: OptionalRichText,
  points: v.pipe(list(KeyPoint), v.minLength(1, messages.atLeast(1, 'point'))),
});

export type KeyPointsData = v.InferOutput<typeof KeyPointsData>;
