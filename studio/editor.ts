/**
 * The text editor: CodeMirror 6 with Essay Markdown highlighting (Markdown, with YAML in the
 * front matter and in each block's fence).
 *
 * The editor lives in a shadow root. CodeMirror styles itself through style-mod, which uses a
 * constructed stylesheet (adoptedStyleSheets) in a shadow root but a `<style>` element in a
 * document, and a page whose policy is `style-src 'self'` refuses that element: in a shadow
 * root, the editor needs no inline style at all. Its label is in the same root, so that
 * `aria-labelledby` can name it.
 */
import { history, defaultKeymap, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml, yamlFrontmatter, yamlLanguage } from '@codemirror/lang-yaml';
import {
  HighlightStyle,
  Language,
  defineLanguageFacet,
  indentUnit,
  syntaxHighlighting,
} from '@codemirror/language';
import { EditorSelection, EditorState, type Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
// @codemirror/lang-markdown's `markdown()` also brings in the HTML, CSS and JavaScript
// languages (about 250 KB minified); Essay Markdown has no HTML, so the studio builds its
// language from the CommonMark parser that lang-markdown is made of, @lezer/markdown.
import { parser as commonmarkParser, parseCode } from '@lezer/markdown';
import { FENCE_TYPES } from '../src/markdown/index.js';

const fenceTypes = new Set<string>(FENCE_TYPES);

/** Markdown whose fences of a block type hold YAML, below YAML front matter. */
const essayMarkdown = yamlFrontmatter({
  content: new Language(
    defineLanguageFacet(),
    commonmarkParser.configure([
      parseCode({ codeParser: (info) => (fenceTypes.has(info.trim()) ? yamlLanguage.parser : null) }),
    ]),
    [],
    'essay-markdown',
  ),
});

/** Colours come from custom properties that studio.css sets for light and dark. */
const highlighting = HighlightStyle.define([
  { tag: tags.heading, color: 'var(--code-heading)', fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: [tags.link, tags.url], color: 'var(--code-link)', textDecoration: 'underline' },
  { tag: [tags.processingInstruction, tags.meta, tags.separator], color: 'var(--code-mark)' },
  { tag: tags.labelName, color: 'var(--code-fence)', fontWeight: '700' },
  { tag: tags.definition(tags.propertyName), color: 'var(--code-key)' },
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: tags.lineComment, color: 'var(--code-mark)', fontStyle: 'italic' },
]);

const theme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--text)',
    backgroundColor: 'var(--field)',
    font: '0.9rem/1.55 var(--mono)',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: 'inherit' },
  '.cm-content': { caretColor: 'var(--text)', paddingBlock: '0.75rem' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--selection)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-gutters': {
    backgroundColor: 'var(--field)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--rule)',
  },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)', color: 'var(--text)' },
  '.cm-line': { paddingInline: '0.75rem' },
});

/** What the editor holds: an essay in Essay Markdown, or one widget's data in YAML. */
export type Syntax = 'essay-markdown' | 'yaml';

const SYNTAXES: Record<Syntax, Extension> = { 'essay-markdown': essayMarkdown, yaml: yaml() };

export interface EditorOptions {
  /** Where the editor goes: its shadow root holds the label, the hint and the editor. */
  host: HTMLElement;
  label: string;
  hint: string;
  text: string;
  /** Called after every change of the text (it reads the text only when it needs it: at 2 MB, that takes time). */
  onChange: () => void;
  /** Called when the cursor moves without the text changing. */
  onCursorMove: () => void;
}

export interface StudioEditor {
  readonly view: EditorView;
  /** Replaces the text and its undo history (another document), Essay Markdown or one widget's YAML. */
  setText(text: string, syntax: Syntax): void;
  /** Replaces the whole text as an edit of the same document, which Ctrl+Z undoes. */
  replaceText(text: string): void;
  /** The 1-based number of the cursor's line. */
  cursorLine(): number;
  setLabel(label: string): void;
  /** Puts the cursor at the start of `line` (1-based), scrolls it into view and focuses the editor. */
  goToLine(line: number): void;
  /**
   * Inserts a block of Markdown after the cursor's line, set apart by blank lines, puts the
   * cursor at its start and focuses the editor.
   */
  insertBlock(markdown: string): void;
}

export function createEditor({
  host,
  label,
  hint,
  text,
  onChange,
  onCursorMove,
}: EditorOptions): StudioEditor {
  const root = host.attachShadow({ mode: 'open' });
  const heading = document.createElement('h2');
  heading.id = 'label';
  heading.setAttribute('part', 'label');
  heading.textContent = label;
  const help = document.createElement('p');
  help.id = 'hint';
  help.setAttribute('part', 'hint');
  help.textContent = hint;
  const frame = document.createElement('div');
  frame.setAttribute('part', 'frame');
  root.append(heading, help, frame);

  const extensions: Extension = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    EditorView.lineWrapping,
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    syntaxHighlighting(highlighting),
    theme,
    // Tab indents, as YAML needs; Escape then Tab moves focus on (CodeMirror's tab focus mode).
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    EditorView.contentAttributes.of({
      'aria-labelledby': 'label',
      'aria-describedby': 'hint',
      // Focusable in the tab order by every measure (the scroller around it needs focusable content).
      tabindex: '0',
      spellcheck: 'true',
      autocorrect: 'off',
      autocapitalize: 'off',
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange();
      else if (update.selectionSet) onCursorMove();
    }),
  ];
  const stateOf = (doc: string, syntax: Syntax) =>
    EditorState.create({ doc, extensions: [extensions, SYNTAXES[syntax]] });
  const view = new EditorView({ state: stateOf(text, 'essay-markdown'), parent: frame, root });

  return {
    view,
    setText(next, syntax) {
      view.setState(stateOf(next, syntax));
    },
    replaceText(next) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: next },
        selection: EditorSelection.cursor(0),
        scrollIntoView: true,
        userEvent: 'input.replace',
      });
    },
    cursorLine() {
      return view.state.doc.lineAt(view.state.selection.main.head).number;
    },
    setLabel(next) {
      heading.textContent = next;
    },
    goToLine(line) {
      const { doc } = view.state;
      const at = doc.line(Math.min(Math.max(1, line), doc.lines)).from;
      view.dispatch({
        selection: EditorSelection.cursor(at),
        effects: EditorView.scrollIntoView(at, { y: 'center' }),
      });
      view.focus();
    },
    insertBlock(markdown) {
      const { state } = view;
      const line = state.doc.lineAt(state.selection.main.head);
      const next = line.number < state.doc.lines ? state.doc.line(line.number + 1) : undefined;
      const before = line.text.trim() ? '\n\n' : line.number > 1 ? '\n' : '';
      const after = next && next.text.trim() ? '\n\n' : '\n';
      const insert = `${before}${markdown}${after}`;
      const start = line.to + before.length;
      view.dispatch({
        changes: { from: line.to, insert },
        selection: EditorSelection.cursor(start),
        effects: EditorView.scrollIntoView(start, { y: 'start', yMargin: 48 }),
        userEvent: 'input',
      });
      view.focus();
    },
  };
}
