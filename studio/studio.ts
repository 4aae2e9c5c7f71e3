/**
 * The studio: an editor writes an essay in Essay Markdown, or one widget's data in YAML, sees
 * it rendered by the library's own elements, fixes the problems listed with their lines, and
 * copies the code for a CMS.
 *
 * The elements come from the library's CDN bundle, which the page loads beside this script
 * (`../essay-widgets.js`): the studio shows exactly what a reader's page will show, and adds
 * nothing to that bundle. What this script brings is the Essay Markdown reader and the schema
 * (to list problems with their lines) and the editor.
 */
import seedMarkdown from '../examples/sino-russian-relations.md';
import {
  parseEssayMarkdown,
  parseWidgetYaml,
  widgetToYaml,
  type MarkdownIssue,
  type WidgetTag,
} from '../src/markdown/index.js';
import type { EssayData } from '../src/schema/schema.js';
import { createEditor } from './editor.js';
import { embedCode } from './embed.js';
import { Preview } from './preview.js';
import { INSERTABLE_BLOCKS, blockSkeleton, widgetSkeleton, type InsertableBlock } from './skeletons.js';

/** A pause in typing this long (ms) updates the preview, the problems and the embed code. */
const SETTLE_DELAY = 150;

const ESSAY = 'essay-article';

/** The elements single-widget mode offers, with what each renders. */
const WIDGETS = [
  { tag: 'pull-quote', label: 'Pull quote' },
  { tag: 'principle-list', label: 'Principle list' },
  { tag: 'leader-meeting', label: 'Leader meeting' },
  { tag: 'key-points', label: 'Key points' },
  { tag: 'scenario-list', label: 'Scenario list' },
  { tag: 'initiative-bridge', label: 'Initiative bridge' },
  { tag: 'event-timeline', label: 'Event timeline' },
  { tag: 'essay-byline', label: 'Byline' },
  { tag: 'editor-note', label: 'Editor note' },
  { tag: 'glossary-term', label: 'Glossary term' },
] as const satisfies readonly { tag: Exclude<WidgetTag, typeof ESSAY>; label: string }[];

type Mode = WidgetTag;

type Parsed = { ok: true; value: unknown } | { ok: false; errors: MarkdownIssue[] };

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`studio: the page has no #${id}`);
  return found as T;
}

function option(value: string, label: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

/** The YAML each element starts with: its first example in the seed essay, else a skeleton. */
function seedWidgetYaml(tag: Exclude<WidgetTag, typeof ESSAY>, essay: EssayData | undefined): string {
  const block = essay?.body.find((each) => each.type === tag);
  if (block && 'data' in block) return widgetToYaml(tag, block.data as never);
  if (tag === 'essay-byline' && essay?.byline) return widgetToYaml(tag, essay.byline);
  if (tag === 'glossary-term' && essay?.glossary?.length) return widgetToYaml(tag, essay.glossary[0]);
  if (tag === 'editor-note' && essay?.notes?.length) return widgetToYaml(tag, essay.notes[0]);
  return widgetSkeleton(tag);
}

/** A file name from the essay's title or the element's tag: `the-evolution-of-sino-russian-relationship`. */
function fileStem(mode: Mode, data: unknown): string {
  const title = mode === ESSAY ? (data as EssayData | undefined)?.title : undefined;
  const slug = (title ?? mode)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'essay';
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function start(): void {
  const modeSelect = byId<HTMLSelectElement>('mode');
  const blockSelect = byId<HTMLSelectElement>('block-type');
  const insertButton = byId<HTMLButtonElement>('insert');
  const insertGroup = byId<HTMLElement>('insert-group');
  const problemList = byId<HTMLUListElement>('problem-list');
  const problemCount = byId<HTMLElement>('problem-count');
  const noProblems = byId<HTMLElement>('no-problems');
  const previewStatus = byId<HTMLElement>('preview-status');
  const embedText = byId<HTMLTextAreaElement>('embed-code');
  const embedStatus = byId<HTMLElement>('embed-status');
  const copyButton = byId<HTMLButtonElement>('copy');
  const jsonButton = byId<HTMLButtonElement>('download-json');
  const sourceButton = byId<HTMLButtonElement>('download-source');
  const announcer = byId<HTMLElement>('announce');

  modeSelect.append(option(ESSAY, 'Whole essay'));
  for (const { tag, label } of WIDGETS) modeSelect.append(option(tag, `${label} <${tag}>`));
  for (const { type, label } of INSERTABLE_BLOCKS) blockSelect.append(option(type, label));

  const seed = parseEssayMarkdown(seedMarkdown);
  const seedEssay = seed.ok ? seed.value : undefined;
  /** What each mode's editor holds, kept while another mode is on show. */
  const texts = new Map<Mode, string>([[ESSAY, seedMarkdown]]);
  let mode: Mode = ESSAY;
  /** The last data without problems, which the preview, the downloads and the embed code show. */
  let lastValid: unknown;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const preview = new Preview(byId('preview'));

  const labelOf = (current: Mode) => (current === ESSAY ? 'Essay Markdown' : `YAML of the <${current}> data`);

  const editor = createEditor({
    host: byId('editor'),
    label: labelOf(mode),
    hint: 'Tab indents. To leave the editor by keyboard, press Escape, then Tab.',
    text: seedMarkdown,
    onChange(text) {
      texts.set(mode, text);
      clearTimeout(timer);
      timer = setTimeout(refresh, SETTLE_DELAY);
    },
  });

  function announce(message: string): void {
    // A new text node, so that the same message twice is announced twice.
    announcer.replaceChildren(document.createTextNode(message));
  }

  function parse(text: string): Parsed {
    return mode === ESSAY ? parseEssayMarkdown(text) : parseWidgetYaml(mode, text);
  }

  function showProblems(problems: readonly MarkdownIssue[]): void {
    problemCount.textContent = String(problems.length);
    noProblems.hidden = problems.length > 0;
    problemList.replaceChildren(
      ...problems.map(({ line, path, message }) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.line = String(line);
        const where = document.createElement('span');
        where.className = 'line';
        where.textContent = `Line ${line}`;
        button.append(where);
        if (path) {
          const code = document.createElement('code');
          code.className = 'path';
          code.textContent = path;
          button.append(' ', code);
        }
        const what = document.createElement('span');
        what.className = 'message';
        what.textContent = message;
        button.append(' ', what);
        button.addEventListener('click', () => editor.goToLine(line));
        item.append(button);
        return item;
      }),
    );
  }

  /** Reads the editor's text and brings the problems, the preview and the embed code up to date. */
  function refresh(): void {
    clearTimeout(timer);
    const result = parse(editor.view.state.doc.toString());
    showProblems(result.ok ? [] : result.errors);
    const stale = !result.ok && lastValid !== undefined;
    previewStatus.textContent = stale ? 'Showing the last version without problems.' : '';
    embedStatus.textContent = stale
      ? 'Fix the problems to update it: this code is of the last version without problems.'
      : '';
    if (!result.ok) return;
    lastValid = result.value;
    embedText.value = embedCode(mode, result.value, __STUDIO_RELEASE__);
    void preview.render(mode, result.value);
  }

  function switchMode(next: Mode): void {
    texts.set(mode, editor.view.state.doc.toString());
    mode = next;
    lastValid = undefined;
    embedText.value = '';
    const widget = next !== ESSAY;
    insertGroup.hidden = widget;
    sourceButton.textContent = widget ? 'Download YAML' : 'Download Markdown';
    editor.setLabel(labelOf(next));
    const text = texts.get(next) ?? (next === ESSAY ? seedMarkdown : seedWidgetYaml(next, seedEssay));
    editor.setText(text, widget ? 'yaml' : 'essay-markdown');
    refresh();
  }

  modeSelect.addEventListener('change', () => switchMode(modeSelect.value as Mode));

  insertButton.addEventListener('click', () => {
    editor.insertBlock(blockSkeleton(blockSelect.value as InsertableBlock));
    refresh();
  });

  copyButton.addEventListener('click', async () => {
    const code = embedText.value;
    try {
      await navigator.clipboard.writeText(code);
      announce('Copied');
      return;
    } catch {
      // No clipboard access (an insecure origin, a denied permission): copy the selection.
    }
    embedText.focus();
    embedText.select();
    const copied = document.execCommand('copy');
    announce(copied ? 'Copied' : 'The embed code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  });

  jsonButton.addEventListener('click', () => {
    if (lastValid === undefined) {
      announce('Nothing to download yet: fix the problems first.');
      return;
    }
    const name = `${fileStem(mode, lastValid)}.json`;
    download(name, 'application/json', `${JSON.stringify(lastValid, null, 2)}\n`);
    announce(`Downloaded ${name}`);
  });

  sourceButton.addEventListener('click', () => {
    const text = editor.view.state.doc.toString();
    const name = `${fileStem(mode, lastValid)}.${mode === ESSAY ? 'md' : 'yaml'}`;
    download(name, mode === ESSAY ? 'text/markdown' : 'application/yaml', text);
    announce(`Downloaded ${name}`);
  });

  refresh();
}

start();
