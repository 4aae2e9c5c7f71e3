/**
 * What the studio's page and its worker (worker.ts) say to each other. The worker reads and
 * checks the editor's text, off the page's thread, so that typing never waits for it.
 */
import type { MarkdownIssue, WidgetTag } from '../src/markdown/index.js';

/** What the editor holds: the whole essay (`essay-article`), or one element's data. */
export type Mode = WidgetTag;

export type Request =
  /** Read and check `text`; `line` is the cursor's, around which a long essay is previewed. */
  | { kind: 'check'; id: number; mode: Mode; text: string; line: number }
  /** The part of the last essay without problems around `line`, the cursor having moved. */
  | { kind: 'window'; id: number; line: number }
  /** The text a mode starts with: the seed essay, or its example of an element's data as YAML. */
  | { kind: 'seed'; id: number; mode: Mode };

/**
 * The data to preview. A long essay is previewed a part at a time: the blocks `from` to `to`
 * (0-based, `to` excluded) of its body's `total`. A short essay, or one element, is whole.
 */
export interface PreviewData {
  data: unknown;
  from: number;
  to: number;
  total: number;
}

/** What a text without problems gives: its preview, its data as JSON, and a name for files. */
export interface Valid {
  preview: PreviewData;
  json: string;
  stem: string;
}

export type Reply =
  | { kind: 'check'; id: number; problems: MarkdownIssue[]; valid?: Valid }
  | { kind: 'window'; id: number; preview?: PreviewData }
  | { kind: 'seed'; id: number; text: string };
