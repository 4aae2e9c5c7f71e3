/**
 * The studio: an editor writes an essay in Essay Markdown, or one widget's data in YAML, sees
 * it rendered by the library's own elements, fixes the problems listed with their lines, and
 * copies the code for a CMS.
 *
 * The elements come from the library's CDN bundle, which the page loads beside this script
 * (`../essay-widgets.js`): the studio shows exactly what a reader's page will show, and adds
 * nothing to that bundle. This script brings the editor; the Essay Markdown reader and the
 * schema run in a worker (worker.ts), so that typing never waits for them. What the author
 * writes is kept in the browser as a draft (drafts.ts).
 */
import seedMarkdown from '../examples/sino-russian-relations.md';
import type { MarkdownIssue } from '../src/markdown/index.js';
import { Checker } from './checker.js';
import { Drafts, type Draft, type Saved } from './drafts.js';
import { createEditor } from './editor.js';
import { OEMBED_FILE } from '../src/core/readers/embed.js';
import {
  CopyMaker,
  PLACES,
  embedCode,
  embedPageFiles,
  pageAddress,
  wordpressBlock,
  type EmbedPageFiles,
  type Place,
} from './embed.js';
import type { Mode, PreviewData, Valid } from './messages.js';
import { Preview } from './preview.js';
import {
  INSERTABLE_BLOCKS,
  LABELS,
  SKELETON_TAGS,
  blockSkeleton,
  type InsertableBlock,
} from './skeletons.js';

/** A pause in typing this long (ms) updates the preview, the problems and the embed code. */
const SETTLE_DELAY = 150;
/**
 * The draft is written to local storage after a pause in typing this long (ms), or this long
 * after the first change not yet kept (ms) while the typing goes on. Writing a draft holds the
 * page (about 100 ms for 2 MB in Chromium): in a pause, it meets no key.
 */
const SAVE_DELAY = 1000;
const SAVE_AT_LEAST_EVERY = 10_000;
/** Embed code longer than this (characters) is shown in part: a box of megabytes slows the whole page. */
const EMBED_SHOWN = 50_000;
/** A pause this long (ms) after the cursor moves brings the preview of a long essay to it. */
const FOLLOW_DELAY = 300;

const ESSAY = 'essay-article';

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

const numbers = new Intl.NumberFormat('en');

/** `12 May 2026, 14:05`, in a `<time>` that holds the exact moment. */
function timeElement(date: Date): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = date.toISOString();
  time.textContent = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
  return time;
}

function start(): void {
  const modeSelect = byId<HTMLSelectElement>('mode');
  const blockSelect = byId<HTMLSelectElement>('block-type');
  const insertButton = byId<HTMLButtonElement>('insert');
  const insertGroup = byId<HTMLElement>('insert-group');
  const draftStatus = byId<HTMLElement>('draft-status');
  const discardButton = byId<HTMLButtonElement>('discard-draft');
  const undoButton = byId<HTMLButtonElement>('undo-discard');
  const problemList = byId<HTMLUListElement>('problem-list');
  const problemCount = byId<HTMLElement>('problem-count');
  const noProblems = byId<HTMLElement>('no-problems');
  const previewStatus = byId<HTMLElement>('preview-status');
  const embedText = byId<HTMLTextAreaElement>('embed-code');
  const embedStatus = byId<HTMLElement>('embed-status');
  const placeSelect = byId<HTMLSelectElement>('place');
  const placeWhy = byId<HTMLElement>('embed-help');
  const placeWarning = byId<HTMLElement>('place-warning');
  const copyButton = byId<HTMLButtonElement>('copy');
  const htmlButton = byId<HTMLButtonElement>('download-html');
  const oembedButton = byId<HTMLButtonElement>('download-oembed');
  const pageUrlField = byId<HTMLElement>('page-url-field');
  const pageUrlInput = byId<HTMLInputElement>('page-url');
  const jsonButton = byId<HTMLButtonElement>('download-json');
  const sourceButton = byId<HTMLButtonElement>('download-source');
  const announcer = byId<HTMLElement>('announce');

  modeSelect.append(option(ESSAY, 'Whole essay'));
  for (const tag of SKELETON_TAGS) modeSelect.append(option(tag, `${LABELS[tag]} <${tag}>`));
  for (const type of INSERTABLE_BLOCKS) blockSelect.append(option(type, LABELS[type]));
  for (const [place, { label }] of Object.entries(PLACES)) placeSelect.append(option(place, label));

  const checker = new Checker();
  const drafts = new Drafts();
  /** The text each mode starts with (the seed essay, or its example of an element as YAML). */
  const startTexts = new Map<Mode, string>([[ESSAY, seedMarkdown]]);
  /** What each mode's editor holds, kept while another mode is on show. */
  const texts = new Map<Mode, string>();
  let mode: Mode = ESSAY;
  /** Counts the edits (and mode switches), so that an answer about an older text is known as such. */
  let revision = 0;
  /** The modes whose text is neither kept in local storage nor taken away (downloaded, copied). */
  const unsaved = new Set<Mode>();
  /** The modes with a draft in local storage. */
  const stored = new Set<Mode>();
  /** The text before the last discard, for its Undo. */
  let discarded: string | undefined;
  /** What the last text without problems gave, and the revision it was of. */
  let lastValid: Valid | undefined;
  let validRevision = -1;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet kept was made. */
  let unsavedSince: number | undefined;
  let followTimer: ReturnType<typeof setTimeout> | undefined;

  const preview = new Preview(byId('preview'));
  const copies = new CopyMaker(byId('copy-maker'));
  /** The embed code of a text without problems, once made: its readable copy takes a render. */
  let embed: { of: Valid; data: unknown; copy: string; code: string; source?: string } | undefined;

  const labelOf = (current: Mode) => (current === ESSAY ? 'Essay Markdown' : `YAML of the <${current}> data`);
  const whose = (current: Mode) => (current === ESSAY ? '' : ` of the <${current}> data`);

  const restored = drafts.read(ESSAY);
  const editor = createEditor({
    host: byId('editor'),
    label: labelOf(mode),
    hint: 'Tab indents. To leave the editor by keyboard, press Escape, then Tab.',
    text: restored?.text ?? seedMarkdown,
    onChange() {
      revision++;
      unsaved.add(mode);
      if (discarded !== undefined) {
        // An edit after a discard: Ctrl+Z in the editor still brings the draft back.
        discarded = undefined;
        undoButton.hidden = true;
      }
      unsavedSince ??= Date.now();
      clearTimeout(saveTimer);
      const due = Math.min(SAVE_DELAY, unsavedSince + SAVE_AT_LEAST_EVERY - Date.now());
      saveTimer = setTimeout(saveNow, Math.max(0, due));
      clearTimeout(checkTimer);
      checkTimer = setTimeout(refresh, SETTLE_DELAY);
    },
    onCursorMove() {
      if (!lastValid || lastValid.preview.to - lastValid.preview.from === lastValid.preview.total) return;
      clearTimeout(followTimer);
      followTimer = setTimeout(follow, FOLLOW_DELAY);
    },
  });
  if (restored) noteRestored(restored);

  function announce(message: string): void {
    // A new text node, so that the same message twice is announced twice.
    announcer.replaceChildren(document.createTextNode(message));
  }

  function note(...content: (string | Node)[]): void {
    draftStatus.replaceChildren(...content);
  }

  function noteRestored(draft: Draft): void {
    stored.add(mode);
    const from = draft.savedAt ? [' from ', timeElement(draft.savedAt)] : [];
    note(`Restored your draft${whose(mode)}`, ...from, '.');
    discardButton.hidden = false;
    undoButton.hidden = true;
  }

  /** Shows what the last save of the mode on show came to. */
  function noteSaved(saved: Saved | 'start'): void {
    const warned = draftStatus.classList.contains('warning');
    draftStatus.classList.toggle('warning', saved === 'full' || saved === 'unavailable');
    discardButton.hidden = saved === 'start';
    if (saved === 'start') note();
    else if (saved === 'full') {
      note(
        'This browser has no room left to keep your draft: download it (or copy the embed code) to keep it.',
      );
    } else if (saved === 'unavailable') {
      note(
        'This browser does not let the studio keep your draft: download it (or copy the embed code) to keep it.',
      );
    } else if (!draftStatus.textContent || warned) {
      // Said once, not at every save: the note is read out when it changes.
      note(`Your draft${whose(mode)} is kept in this browser.`);
    }
  }

  /** Writes the draft of each mode with changes not yet kept; a text back at its start leaves no draft. */
  function saveNow(): void {
    clearTimeout(saveTimer);
    unsavedSince = undefined;
    if (!unsaved.size) return;
    if (unsaved.has(mode)) texts.set(mode, editor.view.state.doc.toString());
    for (const each of unsaved) {
      const text = texts.get(each) ?? '';
      let saved: Saved | 'start';
      if (text === startTexts.get(each)) {
        drafts.remove(each);
        stored.delete(each);
        saved = 'start';
      } else {
        saved = drafts.write(each, text);
        if (saved === 'saved') stored.add(each);
      }
      if (saved === 'saved' || saved === 'start') unsaved.delete(each);
      if (each === mode && discarded === undefined) noteSaved(saved);
    }
  }

  function parseProblem({ line, path, message }: MarkdownIssue): HTMLLIElement {
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
  }

  function showProblems(problems: readonly MarkdownIssue[]): void {
    problemCount.textContent = String(problems.length);
    noProblems.hidden = problems.length > 0;
    problemList.replaceChildren(...problems.map(parseProblem));
  }

  /** The preview's note: that it shows an older version, or a part of a long essay. */
  function showPreviewStatus(stale: boolean): void {
    const shown = lastValid?.preview;
    const part =
      shown && shown.to - shown.from < shown.total
        ? `This long essay is previewed a part at a time: blocks ${numbers.format(shown.from + 1)} to ${numbers.format(shown.to)} of ${numbers.format(shown.total)}, around the cursor.`
        : '';
    const old = stale ? 'Showing the last version without problems.' : '';
    previewStatus.textContent = [old, part].filter(Boolean).join(' ');
  }

  function showPreview(shown: PreviewData): void {
    const part = shown.to - shown.from < shown.total;
    void preview.render(mode, shown.data, part);
  }

  /** Has the worker read and check the editor's text, then brings the problems, the preview and the embed code up to date. */
  async function refresh(): Promise<void> {
    clearTimeout(checkTimer);
    const asked = revision;
    let checked;
    try {
      checked = await checker.check(mode, editor.view.state.doc.toString(), editor.cursorLine());
    } catch (error) {
      previewStatus.textContent = `The preview has stopped (${(error as Error).message}): reload the page; your draft is kept.`;
      return;
    }
    // A newer edit supersedes this answer: its own check is on the way.
    if (!checked || asked !== revision) return;
    showProblems(checked.problems);
    const stale = !checked.valid && lastValid !== undefined;
    if (checked.valid) {
      lastValid = checked.valid;
      validRevision = asked;
      showPreview(checked.valid.preview);
      if (isLong(checked.valid)) embedText.value = '';
      else void makeEmbed(checked.valid);
    }
    showPreviewStatus(stale);
    showEmbedStatus(stale);
  }

  /** A long essay is previewed a part at a time, and its embed code made when it is asked for. */
  const isLong = ({ preview: shown }: Valid) => shown.to - shown.from < shown.total;

  /** Makes (once) the embed code of `of`, and shows the code for the place chosen; `undefined` when a newer text came first. */
  async function makeEmbed(of: Valid): Promise<string | undefined> {
    if (embed?.of !== of) {
      // (The data comes from the worker as JSON: a long essay's data is read only when asked for.)
      const data: unknown = JSON.parse(of.json);
      const copy = await copies.copy(mode, data);
      if (copy === undefined || lastValid !== of) return undefined;
      // The text it was read from, when that is the text in the editor.
      const source = validRevision === revision ? editor.view.state.doc.toString() : undefined;
      embed = { of, data, copy, source, code: embedCode(mode, data, copy, __STUDIO_RELEASE__) };
    }
    const code = codeFor(placeSelect.value as Place, embed);
    showEmbed(code ?? '');
    showEmbedStatus(validRevision !== revision);
    return code;
  }

  /** The code to paste for `place`; `undefined` where it cannot be made (no address, or a widget for the Essay block). */
  function codeFor(place: Place, made: NonNullable<typeof embed>): string | undefined {
    if (place === 'iframe') return pageFiles()?.iframe;
    if (place === 'wordpress-block') {
      return mode === ESSAY ? wordpressBlock(made.data, made.copy, made.source) : undefined;
    }
    return made.code;
  }

  /** Why there is no code to copy. */
  function noCode(): string {
    if (lastValid && placeSelect.value === 'iframe' && !pageAddress(pageUrlInput.value)) {
      return 'Give the address the page will have first.';
    }
    if (lastValid && placeSelect.value === 'wordpress-block' && mode !== ESSAY) {
      return 'The Essay block holds a whole essay: choose Whole essay, or another place for the code.';
    }
    return 'Nothing to copy yet: fix the problems first.';
  }

  /** The embed page of the code made last, at the address given; `undefined` without a usable address. */
  function pageFiles(): EmbedPageFiles | undefined {
    const url = pageAddress(pageUrlInput.value);
    if (!embed || !url) return undefined;
    const label = LABELS[mode];
    return embedPageFiles(mode, embed.data, embed.copy, __STUDIO_RELEASE__, { url, label });
  }

  function showEmbed(code: string): void {
    embedText.value = code.length > EMBED_SHOWN ? `${code.slice(0, EMBED_SHOWN)}\n…` : code;
  }

  function showEmbedStatus(stale: boolean): void {
    const code = embed?.of === lastValid ? embed?.code : undefined;
    const old = stale
      ? 'Fix the problems to update it: this code is of the last version without problems.'
      : '';
    let made = '';
    if (code && code.length > EMBED_SHOWN) {
      made = `The code is long (${numbers.format(Math.round(code.length / 1024))} KB): the box shows its beginning, and Copy embed code copies it whole.`;
    } else if (!code && lastValid && isLong(lastValid)) {
      made = 'This essay is long: its embed code is made when you copy or download it.';
    }
    let address = '';
    if (placeSelect.value === 'iframe' && !pageAddress(pageUrlInput.value)) {
      address = pageUrlInput.value.trim()
        ? 'The address is an http(s) address ending in / or .html.'
        : 'Give the address the page will have: the iframe code and the oEmbed file name it.';
    }
    embedStatus.textContent = [old, made, address].filter(Boolean).join(' ');
  }

  function showPlace(place: Place): void {
    const { why, warning } = PLACES[place];
    placeWhy.textContent = why;
    placeWarning.textContent = warning ?? '';
    placeWarning.hidden = !warning;
    const page = place === 'iframe';
    pageUrlField.hidden = !page;
    oembedButton.hidden = !page;
    htmlButton.textContent = page ? 'Download page' : 'Download HTML';
    copyButton.textContent = page ? 'Copy iframe code' : 'Copy embed code';
    if (lastValid && !isLong(lastValid)) void makeEmbed(lastValid);
    else showEmbedStatus(validRevision !== revision);
  }
  showPlace(placeSelect.value as Place);
  placeSelect.addEventListener('change', () => showPlace(placeSelect.value as Place));
  pageUrlInput.addEventListener('input', () => showPlace(placeSelect.value as Place));

  /** Brings the preview of a long essay to the part around the cursor. */
  async function follow(): Promise<void> {
    const asked = revision;
    const shown = await checker.window(editor.cursorLine()).catch(() => undefined);
    if (!shown || !lastValid || asked !== revision || shown.from === lastValid.preview.from) return;
    lastValid = { ...lastValid, preview: shown };
    showPreview(shown);
    showPreviewStatus(validRevision !== revision);
  }

  async function startText(of: Mode): Promise<string> {
    const known = startTexts.get(of);
    if (known !== undefined) return known;
    const text = await checker.seed(of);
    startTexts.set(of, text);
    return text;
  }

  async function switchMode(next: Mode): Promise<void> {
    const start = await startText(next);
    // Chosen again while the starting text came.
    if (modeSelect.value !== next || next === mode) return;
    saveNow();
    texts.set(mode, editor.view.state.doc.toString());
    mode = next;
    revision++;
    lastValid = undefined;
    embed = undefined;
    discarded = undefined;
    embedText.value = '';
    embedStatus.textContent = '';
    const widget = next !== ESSAY;
    insertGroup.hidden = widget;
    sourceButton.textContent = widget ? 'Download YAML' : 'Download Markdown';
    editor.setLabel(labelOf(next));
    draftStatus.classList.remove('warning');
    note();
    undoButton.hidden = true;
    discardButton.hidden = !stored.has(next) && !unsaved.has(next);
    let text = texts.get(next);
    if (text === undefined) {
      const draft = drafts.read(next);
      text = draft?.text ?? start;
      if (draft) noteRestored(draft);
    }
    editor.setText(text, widget ? 'yaml' : 'essay-markdown');
    void refresh();
  }

  modeSelect.addEventListener('change', () => void switchMode(modeSelect.value as Mode));

  discardButton.addEventListener('click', async () => {
    const kept = editor.view.state.doc.toString();
    const start = await startText(mode);
    editor.replaceText(start);
    saveNow();
    discarded = kept;
    note('Draft discarded: the editor holds the starting text again.');
    undoButton.hidden = false;
    discardButton.hidden = true;
    undoButton.focus();
  });

  undoButton.addEventListener('click', () => {
    if (discarded === undefined) return;
    editor.replaceText(discarded);
    saveNow();
    note(`Your draft${whose(mode)} is back.`);
    discardButton.hidden = false;
    discardButton.focus();
  });

  insertButton.addEventListener('click', () => {
    editor.insertBlock(blockSkeleton(blockSelect.value as InsertableBlock));
    void refresh();
  });

  /** The embed code and the JSON hold the text on show if it has had no edit since they were made. */
  function takenAway(): void {
    if (validRevision === revision) unsaved.delete(mode);
  }

  copyButton.addEventListener('click', async () => {
    const code = lastValid && (await makeEmbed(lastValid));
    if (!code) {
      announce(noCode());
      return;
    }
    try {
      await navigator.clipboard.writeText(code);
      takenAway();
      announce('Copied');
      return;
    } catch {
      // No clipboard access (an insecure origin, a denied permission): copy the selection.
    }
    if (embedText.value !== code) embedText.value = code;
    embedText.focus();
    embedText.select();
    const copied = document.execCommand('copy');
    if (copied) takenAway();
    announce(copied ? 'Copied' : 'The embed code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  });

  htmlButton.addEventListener('click', async () => {
    const code = lastValid && (await makeEmbed(lastValid));
    if (!lastValid || !embed || embed.of !== lastValid) {
      announce('Nothing to download yet: fix the problems first.');
      return;
    }
    if (placeSelect.value === 'iframe') {
      downloadPageFile((name) => name !== OEMBED_FILE);
      return;
    }
    const name = `${lastValid.stem}.html`;
    download(name, 'text/html', code ?? embed.code);
    takenAway();
    announce(`Downloaded ${name}`);
  });

  /** Downloads the file of the embed page that `which` picks. */
  function downloadPageFile(which: (name: string) => boolean): void {
    const files = pageFiles();
    if (!files) {
      announce('Give the address the page will have first.');
      pageUrlInput.focus();
      return;
    }
    const [name, text] = Object.entries(files.files).find(([file]) => which(file))!;
    download(name, name.endsWith('.json') ? 'application/json' : 'text/html', text);
    takenAway();
    announce(`Downloaded ${name}`);
  }

  oembedButton.addEventListener('click', async () => {
    if (!lastValid || !(await makeEmbed(lastValid)) || !embed) {
      announce(
        lastValid
          ? 'Give the address the page will have first.'
          : 'Nothing to download yet: fix the problems first.',
      );
      return;
    }
    downloadPageFile((name) => name === OEMBED_FILE);
  });

  jsonButton.addEventListener('click', () => {
    if (lastValid === undefined) {
      announce('Nothing to download yet: fix the problems first.');
      return;
    }
    const name = `${lastValid.stem}.json`;
    download(name, 'application/json', lastValid.json);
    takenAway();
    announce(`Downloaded ${name}`);
  });

  sourceButton.addEventListener('click', () => {
    const text = editor.view.state.doc.toString();
    const stem = lastValid?.stem ?? (mode === ESSAY ? 'essay' : mode);
    const name = `${stem}.${mode === ESSAY ? 'md' : 'yaml'}`;
    download(name, mode === ESSAY ? 'text/markdown' : 'application/yaml', text);
    unsaved.delete(mode);
    announce(`Downloaded ${name}`);
  });

  // Leaving: what is not kept yet is written now; a warning only for what cannot be kept.
  window.addEventListener('beforeunload', (event) => {
    saveNow();
    if (unsaved.size) event.preventDefault();
  });
  window.addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });

  void refresh();
}

start();
