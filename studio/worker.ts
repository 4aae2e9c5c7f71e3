/**
 * The studio's worker: reads and checks the editor's text off the page's thread, so that
 * typing never waits for it (a 2 MB essay takes seconds to read). It answers with the
 * problems, and for a text without problems its data, the part to preview and the JSON, all
 * made here. (The embed code takes the readable copy the library's element writes, which the
 * page makes: embed.ts.) Built by scripts/build-studio.mjs into dist/studio/worker.js, a module
 * worker; the page starts it (checker.ts).
 *
 * A long essay is previewed a part at a time (`WINDOW` blocks around the cursor): the
 * element renders every block of its body at each update, so a whole essay of thousands of
 * blocks would hold the page for seconds.
 */
import seedMarkdown from '../examples/sino-russian-relations.md';
import { parseEssayMarkdown, parseWidgetYaml, widgetToYaml } from '../src/markdown/index.js';
import type { EssayData } from '../src/schema/schema.js';
import type { Mode, PreviewData, Reply, Request, Valid } from './messages.js';
import { widgetSkeleton } from './skeletons.js';

const ESSAY = 'essay-article';

/** The most blocks of an essay's body the preview shows at once. */
export const WINDOW = 40;

const scope = self as unknown as {
  postMessage(message: Reply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
};

/** The last essay without problems, and the first line of each block of its body. */
let lastEssay: { essay: EssayData; lines: number[] } | undefined;

let seedEssay: EssayData | undefined | null = null;

/** The YAML each element starts with: its first example in the seed essay, else a skeleton. */
function seedText(mode: Mode): string {
  if (mode === ESSAY) return seedMarkdown;
  if (seedEssay === null) {
    const seed = parseEssayMarkdown(seedMarkdown);
    seedEssay = seed.ok ? seed.value : undefined;
  }
  const essay = seedEssay;
  const block = essay?.body.find((each) => each.type === mode);
  if (block && 'data' in block) return widgetToYaml(mode, block.data as never);
  if (mode === 'essay-byline' && essay?.byline) return widgetToYaml(mode, essay.byline);
  if (mode === 'glossary-term' && essay?.glossary?.length) return widgetToYaml(mode, essay.glossary[0]);
  if (mode === 'editor-note' && essay?.notes?.length) return widgetToYaml(mode, essay.notes[0]);
  return widgetSkeleton(mode);
}

/** A file name from the essay's title or the element's tag: `the-evolution-of-sino-russian-relationship`. */
function fileStem(mode: Mode, data: unknown): string {
  const title = mode === ESSAY ? (data as EssayData).title : mode;
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'essay';
}

/**
 * The first line (1-based) of each block of an essay's body, found as Markdown separates
 * them: blank lines, fences, and `#` headings, which need no blank line around them.
 */
function blockLines(text: string): number[] {
  const lines = text.split('\n');
  let at = 0;
  if (lines[0]?.trim() === '---') {
    at = 1;
    while (at < lines.length && lines[at].trim() !== '---') at++;
    at++;
  }
  const isFence = (line: string) => /^ {0,3}(`{3,}|~{3,})/.exec(line);
  const isHeading = (line: string) => /^ {0,3}#{1,6}(\s|$)/.test(line);
  const starts: number[] = [];
  while (at < lines.length) {
    const line = lines[at];
    if (!line.trim()) {
      at++;
      continue;
    }
    starts.push(at + 1);
    at++;
    const fence = isFence(line);
    if (fence) {
      const mark = fence[1];
      const closes = (each: string) => {
        const trimmed = each.trim();
        return trimmed.length >= mark.length && trimmed === mark[0].repeat(trimmed.length);
      };
      while (at < lines.length && !closes(lines[at])) at++;
      at++;
    } else if (!isHeading(line)) {
      while (at < lines.length && lines[at].trim() && !isFence(lines[at]) && !isHeading(lines[at])) at++;
    }
  }
  return starts;
}

/** The essay with the part of its body around `line` (the whole essay when it is short). */
function windowOf(essay: EssayData, lines: number[], line: number): PreviewData {
  const total = essay.body.length;
  if (total <= WINDOW) return { data: essay, from: 0, to: total, total };
  // The block the cursor is in; where the blocks were not all found, an estimate by position.
  let cursor = 0;
  if (lines.length === total) {
    while (cursor + 1 < total && lines[cursor + 1] <= line) cursor++;
  } else {
    cursor = Math.floor((total * line) / Math.max(1, lines.at(-1) ?? 1));
  }
  // A quarter of the part before the cursor, from the heading of its section if that is near.
  let from = Math.max(0, cursor - WINDOW / 4);
  const heading = essay.body.findLastIndex((block, index) => index <= cursor && block.type === 'heading');
  if (heading >= 0 && heading < from && cursor - heading < WINDOW / 2) from = heading;
  from = Math.min(from, total - WINDOW);
  const to = from + WINDOW;
  return { data: { ...essay, body: essay.body.slice(from, to) }, from, to, total };
}

function check({ id, mode, text, line }: Request & { kind: 'check' }): Reply {
  if (mode === ESSAY) {
    const result = parseEssayMarkdown(text);
    if (!result.ok) return { kind: 'check', id, problems: result.errors };
    const lines = blockLines(text);
    lastEssay = { essay: result.value, lines };
    const preview = windowOf(result.value, lines, line);
    return { kind: 'check', id, problems: [], valid: valid(mode, result.value, preview) };
  }
  const result = parseWidgetYaml(mode, text);
  if (!result.ok) return { kind: 'check', id, problems: result.errors };
  const preview = { data: result.value, from: 0, to: 1, total: 1 };
  return { kind: 'check', id, problems: [], valid: valid(mode, result.value, preview) };
}

function valid(mode: Mode, data: unknown, preview: PreviewData): Valid {
  return {
    preview,
    json: `${JSON.stringify(data, null, 2)}\n`,
    stem: fileStem(mode, data),
  };
}

scope.addEventListener('message', ({ data: request }) => {
  if (request.kind === 'check') {
    scope.postMessage(check(request));
  } else if (request.kind === 'window') {
    const preview = lastEssay && windowOf(lastEssay.essay, lastEssay.lines, request.line);
    scope.postMessage({ kind: 'window', id: request.id, preview });
  } else {
    scope.postMessage({ kind: 'seed', id: request.id, text: seedText(request.mode) });
  }
});
