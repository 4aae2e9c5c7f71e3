/** The data of `<initiative-bridge>`. */
import * as v from 'valibot';
import {
  messages,
  CountryCode,
  Organization,
  NonEmptyString,
  OptionalString,
  OptionalRichText,
  object,
} from './common.js';

export const Initiative = object({
  name: NonEmptyString,
  advocate: NonEmptyString,
  country: v.optional(CountryCode),
  description: OptionalRichText,
});

export const InitiativeBridgeData = object({
  title: OptionalString,
  relation: OptionalString,
  facilitator: v.optional(Organization),
  note: OptionalRichText,
  // Counted first, so that one or three initiatives read as that, not as a missing or extra item.
  initiatives: v.pipe(
    v.array(v.unknown(), messages.exactly(2, 'initiatives')),
    v.length(2, messages.exactly(2, 'initiatives')),
    v.array(Initiative),
  ),
});

export type Initiative = v.InferOutput<typeof Initiative>;
export type InitiativeBridgeData = v.InferOutput<typeof InitiativeBridgeData>;
