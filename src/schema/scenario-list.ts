/** The data of `<scenario-list>`. */
import * as v from 'valibot';
import { messages, RichText, OptionalString, OptionalRichText, list, object, oneOf } from './common.js';

export const VERDICTS = ['likely', 'possible', 'unlikely', 'rejected'] as const;

export const ScenarioListData = object({
  title: OptionalString,
  question: OptionalRichText,
  scenarios: v.pipe(
    list(object({ question: RichText, reasoning: OptionalRichText, verdict: oneOf(VERDICTS) })),
    v.minLength(1, messages.atLeast(1, 'scenario')),
  ),
});

export type ScenarioListData = v.InferOutput<typeof ScenarioListData>;
export type Verdict = (typeof VERDICTS)[number];
