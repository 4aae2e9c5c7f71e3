/* global wp */
/**
 * The Essay block in the block editor, without a build step (WordPress's wp.* globals): the
 * editor writes Essay Markdown or JSON, sees the widget as readers will, and the block stores
 * the essay's data and its readable copy, which the library's own element writes (as the
 * studio makes the embed code). What is stored, and why: includes/block.php.
 */
(function (blocks, element, blockEditor, components) {
  const { createElement: el, useEffect, useMemo, useRef, useState, RawHTML } = element;
  const { useBlockProps } = blockEditor;
  const { TextareaControl, Placeholder } = components;

  const TAG = 'essay-article';

  /**
   * JSON with `<`, `>` and `&` (and U+2028, U+2029) written as JSON escapes: the same JSON,
   * with nothing in it that kses changes.
   */
  function escapedJson(value) {
    return JSON.stringify(value).replace(
      /[<>&\u2028\u2029]/g,
      (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }

  /**
   * What the editor typed, from the `source` attribute (a JSON string); for a block saved
   * with data alone, that data.
   */
  function sourceText({ source, data }) {
    for (const [json, text] of [
      [source, (value) => (typeof value === 'string' ? value : '')],
      [data, (value) => JSON.stringify(value, null, 2)],
    ]) {
      if (!json) continue;
      try {
        return text(JSON.parse(json));
      } catch {
        // Not JSON: the next.
      }
    }
    return '';
  }

  /** `{ data }` read from Essay Markdown or JSON, or `{ problems }`, one per line. */
  function readEssay(text) {
    if (!text.trim()) return { problems: [] };
    if (text.trim().startsWith('{')) {
      try {
        return { data: JSON.parse(text) };
      } catch (error) {
        return { problems: [`JSON: ${error.message}`] };
      }
    }
    const markdown = window.essayWidgetsMarkdown;
    const result = markdown.parseEssayMarkdown(text);
    if (result.ok) return { data: result.value };
    return { problems: result.errors.map((issue) => markdown.formatMarkdownIssue('line', issue)) };
  }

  /** Where readable copies are made: the library's element, out of sight. */
  let copyHost;

  /**
   * The readable copy the element writes for `data`, as HTML (`undefined` if it wrote none
   * within 20 s).
   */
  async function readableCopy(data) {
    await customElements.whenDefined(TAG);
    if (!copyHost) {
      copyHost = document.createElement('div');
      copyHost.hidden = true;
      document.body.append(copyHost);
    }
    const essay = document.createElement(TAG);
    essay.data = data;
    const host = document.createElement('div');
    host.append(essay);
    copyHost.append(host);
    // The readable copy, not the linked data: the element writes that on the reader's page,
    // with the page's own address (here it would be the editor's).
    const written = () =>
      [...essay.children].filter(
        (child) => child.hasAttribute('data-essay-generated') && child.localName !== 'script',
      );
    try {
      const nodes = await new Promise((resolve) => {
        const done = (found) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(found);
        };
        const observer = new MutationObserver(() => {
          if (written().length) done(written());
        });
        const timer = setTimeout(() => done(undefined), 20_000);
        observer.observe(essay, { childList: true });
        if (written().length) done(written());
      });
      if (!nodes) return undefined;
      const holder = document.createElement('div');
      holder.append(...nodes.map((node) => node.cloneNode(true)));
      // DOM the library built from the data: the serializer escapes every text and attribute.
      return holder.getHTML().trim();
    } finally {
      host.remove();
    }
  }

  /** The widget as readers see it, rendered by the library from `data`. */
  function Preview({ data }) {
    const ref = useRef(null);
    useEffect(() => {
      const essay = document.createElement(TAG);
      essay.data = data;
      ref.current.replaceChildren(essay);
    }, [data]);
    return el('div', { ref, className: 'essay-widgets-block__preview' });
  }

  function Edit({ attributes, setAttributes, isSelected }) {
    const [text, setText] = useState(() => sourceText(attributes));
    const read = useMemo(() => readEssay(text), [text]);

    // The data and its readable copy follow the text, once it has no problems.
    useEffect(() => {
      if (!read.data) return undefined;
      let current = true;
      const json = escapedJson(read.data);
      readableCopy(read.data).then((copy) => {
        if (current && copy !== undefined) setAttributes({ data: json, copy });
      });
      return () => {
        current = false;
      };
    }, [text]);

    const onChange = (value) => {
      setText(value);
      setAttributes({ source: escapedJson(value) });
    };
    const source = el(TextareaControl, {
      className: 'essay-widgets-block__source',
      label: 'Essay Markdown or JSON',
      help: 'Front matter with the title, then paragraphs and widget blocks; or the essay as JSON.',
      value: text,
      onChange,
    });
    const problems = read.problems?.length
      ? el('pre', { className: 'essay-widgets-block__problems', role: 'alert' }, read.problems.join('\n'))
      : null;
    // The source keeps its place (and its key) whether the text reads as an essay or not, so
    // that it keeps the focus, and every key typed, the moment the essay becomes valid.
    return el('div', useBlockProps(), [
      read.data
        ? null
        : el(Placeholder, { key: 'placeholder', label: 'Essay', instructions: 'Paste or write the essay.' }),
      isSelected || !read.data ? el('div', { key: 'source' }, source) : null,
      problems && el('div', { key: 'problems' }, problems),
      read.data ? el(Preview, { key: 'preview', data: read.data }) : null,
    ]);
  }

  blocks.registerBlockType('essay-widgets/essay', {
    edit: Edit,
    // The readable copy: what WordPress shows without the plugin, and the copy inside the
    // element with it (the server renders the element around it).
    save: ({ attributes }) => el(RawHTML, null, attributes.copy),
  });
})(wp.blocks, wp.element, wp.blockEditor, wp.components);
