/** The data of `<editor-note>`. */
import * as v from 'valibot';
import { RichText, IsoDate, object, oneOf } from './common.js';

export const NOTE_KINDS = ['disclaimer', 'correction', 'update', 'note'] as const;

export const EditorNoteData = object({
  kind: oneOf(NOTE_KINDS),
  text: RichText,
  date: v.optional(IsoDate),
});

export type EditorNoteData = v.InferOutput<typeof EditorNoteData>;
