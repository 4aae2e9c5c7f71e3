// Essay Markdown (docs/essay-markdown.md), as built: dist/lib/markdown, the module behind
// `essay-widgets/markdown`, the CLI's import and export, and the studio.
import assert from 'node:assert/strict';
import { ELEMENT_TAGS } from '../../dist/lib/registry.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { fromMarkdown } from 'mdast-util-from-markdown';
import {
  essayToMarkdown,
  FENCE_TYPES,
  formatMarkdownIssue,
  parseEssayMarkdown,
  parseWidgetYaml,
  widgetToYaml,
} from '../../dist/lib/markdown/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seedJson = JSON.parse(readFileSync(join(root, 'examples/sino-russian-relations.json'), 'utf8'));
const seedMarkdown = readFileSync(join(root, 'examples/sino-russian-relations.md'), 'utf8');

/** A file of these lines. */
const file = (...lines) => `${lines.join('\n')}\n`;
/** An essay titled "T" whose body is these lines: the first of them is line 5. */
const essay = (...body) => file('---', 'title: T', '---', '', ...body);

/** The essay read from `markdown`, which must be valid. */
function read(markdown) {
  const result = parseEssayMarkdown(markdown);
  assert.ok(result.ok, JSON.stringify(result.errors));
  return result.value;
}

/** The problems `markdown` has, each as `line: path: message`, which must be some. */
function problems(markdown) {
  const result = parseEssayMarkdown(markdown);
  assert.equal(result.ok, false, 'the file is refused');
  return result.errors.map((error) => formatMarkdownIssue('essay.md', error).replace(/^essay\.md:/, ''));
}

describe('Essay Markdown: reading', () => {
  it('takes every essay field but the body from the front matter', () => {
    const value = read(
      file(
        '---',
        'title: A title',
        'dek: A *dek*',
        'lang: ru',
        'byline:',
        '  authors:',
        '    - name: Feng Shaolei',
        '      country: CN',
        '  published: 2018-07',
        'glossary:',
        '  - term: BRICS',
        '    definition: A group.',
        'notes:',
        '  - kind: note',
        '    text: A note.',
        'tags: [China, Russia]',
        'canonicalUrl: https://example.com/essay',
        '---',
      ),
    );
    assert.deepEqual(value, {
      title: 'A title',
      dek: 'A *dek*',
      lang: 'ru',
      byline: { authors: [{ name: 'Feng Shaolei', country: 'CN' }], published: '2018-07' },
      body: [],
      glossary: [{ term: 'BRICS', definition: 'A group.' }],
      notes: [{ kind: 'note', text: 'A note.' }],
      tags: ['China', 'Russia'],
      canonicalUrl: 'https://example.com/essay',
    });
  });

  it("reads a paragraph's text as written, its lines joined by one space", () => {
    const value = read(
      essay(
        'A *first* **paragraph** with [a link](https://example.com/a_b), a [[glossary term]],',
        '   an escaped \\*star\\* and 2*3*4,   ',
        'over three lines.',
        '',
        'A second paragraph: snake_case, AT&T, x < y.',
      ),
    );
    assert.deepEqual(value.body, [
      {
        type: 'paragraph',
        text: 'A *first* **paragraph** with [a link](https://example.com/a_b), a [[glossary term]], an escaped \\*star\\* and 2*3*4, over three lines.',
      },
      { type: 'paragraph', text: 'A second paragraph: snake_case, AT&T, x < y.' },
    ]);
  });

  it('reads headings of levels 2 to 6 (ATX or underlined) as heading blocks; the level is not data', () => {
    const value = read(
      essay(
        '## Two',
        '',
        '### Three ###',
        '',
        '#### Four',
        '',
        '##### Five',
        '',
        '###### Six',
        '',
        'Two again',
        '---',
      ),
    );
    assert.deepEqual(
      value.body,
      ['Two', 'Three', 'Four', 'Five', 'Six', 'Two again'].map((text) => ({ type: 'heading', text })),
    );
  });

  it("reads each widget's fence as that block's data", () => {
    const value = read(
      essay(
        '```pull-quote',
        'text: Both sides devote significant effort.',
        'speaker:',
        '  name: Samuel Charap',
        '  affiliation: IISS',
        'date: 2017',
        '```',
        '',
        '```principle-list',
        'title: The Shanghai Spirit',
        'principles:',
        '  - name: Mutual trust',
        '```',
        '',
        '```leader-meeting',
        'participants: [{ name: Xi Jinping }, { name: Vladimir Putin }]',
        '```',
        '',
        '```key-points',
        'points:',
        '  - heading: First',
        '    points:',
        '      - heading: Nested',
        '```',
        '',
        '```scenario-list',
        'scenarios:',
        '  - question: Whether?',
        '    verdict: rejected',
        '```',
        '',
        '```initiative-bridge',
        'initiatives:',
        '  - { name: Belt and Road Initiative, advocate: China }',
        '  - { name: Greater Eurasia Partnership, advocate: Russia }',
        '```',
        '',
        '```event-timeline',
        'events:',
        '  - date: 2018-05-24',
        '    title: A meeting',
        '```',
        '',
        '~~~editor-note',
        'kind: disclaimer',
        'text: |-',
        '  Views expressed',
        '',
        '  are their own.',
        '~~~',
      ),
    );
    assert.deepEqual(value.body, [
      {
        type: 'pull-quote',
        data: {
          text: 'Both sides devote significant effort.',
          speaker: { name: 'Samuel Charap', affiliation: 'IISS' },
          date: '2017',
        },
      },
      {
        type: 'principle-list',
        data: { title: 'The Shanghai Spirit', principles: [{ name: 'Mutual trust' }] },
      },
      {
        type: 'leader-meeting',
        data: { participants: [{ name: 'Xi Jinping' }, { name: 'Vladimir Putin' }] },
      },
      { type: 'key-points', data: { points: [{ heading: 'First', points: [{ heading: 'Nested' }] }] } },
      { type: 'scenario-list', data: { scenarios: [{ question: 'Whether?', verdict: 'rejected' }] } },
      {
        type: 'initiative-bridge',
        data: {
          initiatives: [
            { name: 'Belt and Road Initiative', advocate: 'China' },
            { name: 'Greater Eurasia Partnership', advocate: 'Russia' },
          ],
        },
      },
      { type: 'event-timeline', data: { events: [{ date: '2018-05-24', title: 'A meeting' }] } },
      { type: 'editor-note', data: { kind: 'disclaimer', text: 'Views expressed\n\nare their own.' } },
    ]);
  });

  it('reads a paragraph or heading fence as that block, its text exactly as the YAML holds it', () => {
    const value = read(
      essay(
        '```paragraph',
        'text: "  1. Not a list,\\nand two lines "',
        '```',
        '',
        '````heading',
        "text: '*Why*'",
        '````',
      ),
    );
    assert.deepEqual(value.body, [
      { type: 'paragraph', text: '  1. Not a list,\nand two lines ' },
      { type: 'heading', text: '*Why*' },
    ]);
  });

  it('reads YAML 1.2: dates stay strings, and a number or boolean where text belongs is the text written', () => {
    const value = read(
      essay(
        '```leader-meeting',
        'participants:',
        '  - name: 1984',
        '    role: true',
        '    affiliation: yes',
        '  - name: 1.50',
        '    role: 0x1F',
        '    nativeName: NO',
        'date: 2024-03-11',
        'topics: [2017, .inf, false]',
        '```',
        '',
        '```event-timeline',
        'events:',
        '  - date: 2017',
        '    endDate: 2018-07',
        '    title: 2018',
        '```',
      ),
    );
    assert.deepEqual(value.body[0].data, {
      participants: [
        { name: '1984', role: 'true', affiliation: 'yes' },
        { name: '1.50', role: '0x1F', nativeName: 'NO' },
      ],
      date: '2024-03-11',
      topics: ['2017', '.inf', 'false'],
    });
    assert.deepEqual(value.body[1].data.events[0], { date: '2017', endDate: '2018-07', title: '2018' });
  });

  it('reads YAML 1.2 even where the YAML asks for 1.1', () => {
    const value = read(
      essay('```editor-note', '%YAML 1.1', '---', 'kind: note', 'text: yes', 'date: 2018-07-26', '```'),
    );
    assert.deepEqual(value.body[0].data, { kind: 'note', text: 'yes', date: '2018-07-26' });
  });

  it('takes YAML anchors and aliases', () => {
    const value = read(
      essay(
        '```leader-meeting',
        'participants:',
        '  - &putin { name: Vladimir Putin, country: RU }',
        '  - name: Xi Jinping',
        'quotes:',
        '  - text: A quote.',
        '    speaker: *putin',
        '```',
      ),
    );
    assert.deepEqual(value.body[0].data.quotes[0].speaker, { name: 'Vladimir Putin', country: 'RU' });
  });

  it('drops unknown fields, as for JSON', () => {
    const value = read(
      file(
        '---',
        'title: T',
        'subtitle: new',
        '---',
        '',
        '```editor-note',
        'kind: note',
        'text: x',
        'mood: calm',
        '```',
      ),
    );
    assert.deepEqual(value, {
      title: 'T',
      body: [{ type: 'editor-note', data: { kind: 'note', text: 'x' } }],
    });
  });

  it('reads CRLF and CR line breaks and a byte order mark like LF', () => {
    const lf = essay(
      'A paragraph',
      'on two lines.',
      '',
      '```editor-note',
      'kind: note',
      'text: |-',
      '  a',
      '  b',
      '```',
    );
    const expected = read(lf);
    assert.deepEqual(read(lf.replace(/\n/g, '\r\n')), expected);
    assert.deepEqual(read(lf.replace(/\n/g, '\r')), expected);
    assert.deepEqual(read(`\uFEFF${lf}`), expected);
    assert.deepEqual(problems(`\uFEFF${lf.replace(/\n/g, '\r\n')}`.replace('kind: note', 'kind: memo')), [
      '9: body[1].data.kind: expected one of "disclaimer", "correction", "update", "note"',
    ]);
  });
});

describe('Essay Markdown: errors, each with its line and path', () => {
  const cases = [
    [
      'a level-1 heading',
      essay('# Title'),
      [
        `5: a level-1 heading is not part of the body: the essay's title is "title:" in the front matter, and headings are ## to ######`,
      ],
    ],
    [
      'an underlined level-1 heading',
      essay('Title', '====='),
      [
        `5: a level-1 heading is not part of the body: the essay's title is "title:" in the front matter, and headings are ## to ######`,
      ],
    ],
    [
      'a list',
      essay('Text', '', '- one', '- two'),
      [
        '7: a list is not part of Essay Markdown: key-points, principle-list and scenario-list fences hold lists',
      ],
    ],
    [
      'an ordered list',
      essay('1. one'),
      [
        '5: a list is not part of Essay Markdown: key-points, principle-list and scenario-list fences hold lists',
      ],
    ],
    [
      'a block quote',
      essay('> quoted'),
      ['5: a block quote is not part of Essay Markdown: a pull-quote fence holds a quotation'],
    ],
    [
      'an HTML block',
      essay('<div>', 'x', '</div>'),
      ['5: HTML is not part of Essay Markdown (write \\< for a literal "<" at the start of a paragraph)'],
    ],
    [
      'a thematic break',
      essay('Text', '', '***'),
      [
        '7: a thematic break (---) is not part of Essay Markdown; front matter is only at the very top of the file, between two lines of ---',
      ],
    ],
    [
      'a second front matter',
      essay('Text', '', '---', 'lang: en', '---'),
      [
        '7: a thematic break (---) is not part of Essay Markdown; front matter is only at the very top of the file, between two lines of ---',
      ],
    ],
    [
      'a link reference definition',
      essay('[a]: https://example.com'),
      ['5: a link reference definition is not part of Essay Markdown: write [label](https://…) in the text'],
    ],
    [
      'an indented code block',
      essay('Text', '', '    code'),
      [
        '7: an indented code block is not part of Essay Markdown (a paragraph starts at the left margin; a fence holds a widget)',
      ],
    ],
    [
      'an unknown fence',
      essay('```python', 'x = 1', '```'),
      [
        '5: unknown block type "python": expected one of "pull-quote", "principle-list", "leader-meeting", "key-points", "scenario-list", "initiative-bridge", "event-timeline", "editor-note", "paragraph", "heading"',
      ],
    ],
    [
      'a fence without a type',
      essay('```', 'x', '```'),
      [
        '5: a fence needs a block type after its backticks: one of "pull-quote", "principle-list", "leader-meeting", "key-points", "scenario-list", "initiative-bridge", "event-timeline", "editor-note", "paragraph", "heading"',
      ],
    ],
    [
      'words after the type',
      essay('```editor-note featured', 'kind: note', 'text: x', '```'),
      ['5: unexpected "featured" after the block type "editor-note"'],
    ],
    [
      'a fence never closed',
      essay('Text', '', '```editor-note', 'kind: note', 'text: [', ''),
      ['7: this fence is never closed: end it with a line of the backticks that open it'],
    ],
    [
      'an image',
      essay('Text', 'and ![a map](https://example.com/map.png)'),
      ['6: body[0].text: an image is not part of Essay Markdown'],
    ],
    [
      'inline HTML',
      essay('A <b>bold</b> <i>word</i>'),
      ['5: body[0].text: inline HTML is not part of Essay Markdown (write \\< for a literal "<")'],
    ],
    [
      'a code span',
      essay('A `code` span'),
      ['5: body[0].text: a code span is not part of Essay Markdown (write \\` for a literal backtick)'],
    ],
    [
      'an autolink',
      essay('See <https://example.com>'),
      ['5: body[0].text: an autolink <…> is not part of Essay Markdown: write [label](https://…)'],
    ],
    [
      'a link title',
      essay('A [link](https://example.com "title")'),
      ['5: body[0].text: a link title is not part of Essay Markdown: write [label](https://…)'],
    ],
    [
      'underscore emphasis',
      essay('An _emphasis_', 'and __strong__'),
      [
        '5: body[0].text: emphasis is written *em* or **strong** (write \\_ for a literal underscore)',
        '6: body[0].text: emphasis is written *em* or **strong** (write \\_ for a literal underscore)',
      ],
    ],
    [
      'a character reference',
      essay('Text', '', 'Fish &amp; chips'),
      [
        '7: body[1].text: a character reference (&amp;, &#8212;…) is not part of Essay Markdown: write the character itself (or \\& for a literal "&")',
      ],
    ],
    [
      'a heading with emphasis, an escape or a reference',
      essay('## A *word*', '', '## Q\\&A', '', '## Q&amp;A'),
      [5, 7, 9].map(
        (line, index) =>
          `${line}: body[${index}].text: a heading is plain text: emphasis, links, code, HTML, escapes and character references are not read in it (a heading fence holds any text)`,
      ),
    ],
    [
      'invalid YAML in a fence, at its line',
      essay('Text', '', '```pull-quote', 'text: x', 'speaker:', '  name: [Samuel', '```'),
      [
        '10: body[1].data: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'a duplicate key',
      essay('```editor-note', 'kind: note', 'text: x', 'kind: update', '```'),
      ['8: body[0].data: invalid YAML: Map keys must be unique'],
    ],
    [
      'an alias inside what it names',
      essay('```key-points', 'points:', '  - &p', '    heading: H', '    points: [*p]', '```'),
      ['9: body[0].data: invalid YAML: an alias inside the node it names'],
    ],
    [
      'too many aliases',
      essay(
        '```editor-note',
        'kind: note',
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'text: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
        '```',
      ),
      // At the alias that takes the count over: the last line's first.
      ['9: body[0].data: invalid YAML: more than 100 aliases, counting those inside what each alias names'],
    ],
    [
      'invalid YAML in the front matter',
      file('---', 'title: T', 'dek: "open', '---'),
      ['3: invalid YAML: Missing closing "quote'],
    ],
    [
      "a widget's invalid value, at its key",
      essay(
        'Text',
        '',
        '```principle-list',
        'title: P',
        'principles:',
        '  - name: Trust',
        '  - name: ""',
        '```',
      ),
      ['11: body[1].data.principles[1].name: expected a non-empty string'],
    ],
    [
      "a widget's missing value, at the item that lacks it",
      essay(
        '```principle-list',
        'title: P',
        'principles:',
        '  - name: Trust',
        '  - description: Missing its name',
        '```',
      ),
      ['9: body[0].data.principles[1].name: expected a non-empty string'],
    ],
    [
      "a widget's missing field, at its fence",
      essay('Text', '', '```pull-quote', 'speaker: { name: X }', '```'),
      ['7: body[1].data.text: expected a non-empty string'],
    ],
    ['an empty fence', essay('```pull-quote', '```'), ['5: body[0].data: expected an object']],
    [
      'a value that is no value (null)',
      essay('```pull-quote', 'text: x', 'speaker:', '  name: Y', '  role:', 'date: ~', '```'),
      [
        '9: body[0].data.speaker.role: expected a string',
        '10: body[0].data.date: expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD',
      ],
    ],
    [
      'a count of items',
      essay('```initiative-bridge', 'initiatives:', '  - { name: A, advocate: China }', '```'),
      ['6: body[0].data.initiatives: expected exactly 2 initiatives'],
    ],
    [
      "a paragraph fence's text",
      essay('```paragraph', 'text: ""', '```', '', '```heading', '```'),
      ['6: body[0].text: expected a non-empty string', '9: body[1].text: expected a non-empty string'],
    ],
    ['an empty heading', essay('##'), ['5: body[0].text: expected a non-empty string']],
    [
      'a front matter field, at its line',
      file(
        '---',
        'title: T',
        'byline:',
        '  authors:',
        '    - name: Feng',
        '      country: cn',
        '  published: 2018-02-30',
        '---',
      ),
      [
        '6: byline.authors[0].country: expected a two-letter upper-case country code (ISO 3166-1 alpha-2)',
        '7: byline.published: expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD',
      ],
    ],
    [
      'a missing title, at the front matter',
      file('---', 'dek: D', '---'),
      ['1: title: expected a non-empty string'],
    ],
    [
      'no front matter, at the first line',
      file('', 'Just a paragraph.'),
      ['1: title: expected a non-empty string'],
    ],
    [
      'a body in the front matter',
      file('---', 'title: T', 'body: []', '---'),
      ['3: body: the body is the Markdown after the front matter, not a field of it'],
    ],
    [
      'front matter that is not a mapping',
      file('---', '- title', '---'),
      ["1: the front matter holds the essay's fields, one per line: title: …, dek: …"],
    ],
    [
      'front matter that is never closed, as such rather than as a thematic break',
      file('---', 'title: T', '', 'Text.'),
      ['1: front matter opened at line 1 is never closed (a line `---` ends it)'],
    ],
    [
      'a merge key, at its line: YAML 1.2 has none',
      file('---', 'title: T', '<<: { dek: D }', '---'),
      [
        '3: invalid YAML: "<<" is not a merge key: Essay Markdown reads YAML 1.2 (core schema), which has none; write the fields out',
      ],
    ],
    [
      'a merge key in a fence',
      essay('```pull-quote', 'text: x', 'speaker:', '  <<: { name: X }', '```'),
      [
        '8: body[0].data: invalid YAML: "<<" is not a merge key: Essay Markdown reads YAML 1.2 (core schema), which has none; write the fields out',
      ],
    ],
    [
      'a value with " : " unquoted, with the hint to quote it',
      file('---', 'title: T', 'dek: Relations sino-russes : la suite', '---'),
      [
        `3: invalid YAML: Nested mappings are not allowed in compact mappings (a text with ": " in it is written in quotes: dek: 'Relations : la suite')`,
      ],
    ],
    [
      'aliases that expand past the size limit, at the alias that crosses it',
      file(
        '---',
        'title: T',
        `dek: &long ${'x'.repeat(400_000)}`,
        'tags: [*long, *long]',
        'notes:',
        '  - { kind: note, text: *long }',
        '  - { kind: note, text: *long }',
        '  - { kind: note, text: *long }',
        '---',
      ),
      // 400,000 characters at `dek`, 800,000 at `tags`, 400,000 a note: the second note, with
      // the keys and the rest, takes the front matter past 2,000,000.
      [
        '7: the alias *long expands the YAML to more than 2000000 characters: over limits.maxInputBytes; raise it with the limits option or --limit maxInputBytes=N',
      ],
    ],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => assert.deepEqual(problems(markdown), expected));
  }

  it('reports every problem of a file, in the order of its lines', () => {
    const markdown = file(
      '---',
      'title: ""',
      '---',
      '',
      '# Level one',
      '',
      '```event-timeline',
      'events:',
      '  - date: 2018-02-30',
      '    title: x',
      '```',
      '',
      '- a list',
    );
    assert.deepEqual(problems(markdown), [
      '2: title: expected a non-empty string',
      `5: a level-1 heading is not part of the body: the essay's title is "title:" in the front matter, and headings are ## to ######`,
      '9: body[0].data.events[0].date: expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD',
      '13: a list is not part of Essay Markdown: key-points, principle-list and scenario-list fences hold lists',
    ]);
  });

  it('formats a problem as file:line: path: message', () => {
    assert.equal(
      formatMarkdownIssue('essay.md', {
        line: 42,
        path: 'body[3].data.principles[0].name',
        message: 'expected a non-empty string',
      }),
      'essay.md:42: body[3].data.principles[0].name: expected a non-empty string',
    );
    assert.equal(
      formatMarkdownIssue('a.md', { line: 1, path: '', message: 'a list is…' }),
      'a.md:1: a list is…',
    );
  });
});

describe('Essay Markdown: writing', () => {
  it('writes tags that hold a line break a line per tag, so that they import back', () => {
    for (const tags of [['-\nx'], ['China', '- a\n: b'], ['#\n[[x]]', '*']]) {
      const data = { title: 'T', tags, body: [] };
      const markdown = essayToMarkdown(data);
      assert.deepStrictEqual(parseEssayMarkdown(markdown), { ok: true, value: data }, markdown);
    }
  });

  it('writes front matter in reading order, then each block with a blank line between, and one final newline', () => {
    const markdown = essayToMarkdown({
      glossary: [{ term: 'BRICS', definition: 'A group.' }],
      tags: ['China', 'Russia'],
      body: [
        { type: 'heading', text: 'A heading' },
        { type: 'paragraph', text: 'A *paragraph* with [[BRICS]].' },
        { type: 'editor-note', data: { text: 'A note.', kind: 'note' } },
      ],
      byline: { authors: [{ name: 'Feng Shaolei' }], published: '2018' },
      title: 'A title: with a colon',
      dek: "It's a dek",
      lang: 'en',
    });
    assert.equal(
      markdown,
      file(
        '---',
        "title: 'A title: with a colon'",
        "dek: It's a dek",
        'lang: en',
        'byline:',
        '  authors:',
        '    - name: Feng Shaolei',
        "  published: '2018'",
        'tags: [China, Russia]',
        'glossary:',
        '  - term: BRICS',
        '    definition: A group.',
        '---',
        '',
        '## A heading',
        '',
        'A *paragraph* with [[BRICS]].',
        '',
        '```editor-note',
        'kind: note',
        'text: A note.',
        '```',
      ),
    );
  });

  it('quotes only where YAML needs it, and prefers a block to escapes', () => {
    const yaml = widgetToYaml('pull-quote', {
      text: 'Paragraph one.\n\nParagraph two.',
      speaker: { name: '*Nix', role: "[[Putin]]'s aide", affiliation: 'It\'s "quoted": here' },
      date: '2017',
      source: { title: 'yes', publisher: 'null' },
    });
    assert.equal(
      yaml,
      file(
        'text: |-',
        '  Paragraph one.',
        '',
        '  Paragraph two.',
        'speaker:',
        "  name: '*Nix'",
        `  role: "[[Putin]]'s aide"`,
        '  affiliation: >-',
        '    It\'s "quoted": here',
        "date: '2017'",
        'source:',
        '  title: yes',
        "  publisher: 'null'",
      ),
    );
  });

  it('writes a paragraph Markdown would read otherwise as a paragraph fence, and such a heading as a heading fence', () => {
    const markdown = essayToMarkdown({
      title: 'T',
      body: [
        { type: 'paragraph', text: '1. Not a list' },
        { type: 'paragraph', text: 'Two\nlines' },
        { type: 'paragraph', text: 'Fish &amp; chips' },
        { type: 'heading', text: 'Why *now*?' },
        { type: 'heading', text: 'Plain: 1. # not a list' },
      ],
    });
    assert.equal(
      markdown,
      essay(
        '```paragraph',
        'text: 1. Not a list',
        '```',
        '',
        '```paragraph',
        'text: |-',
        '  Two',
        '  lines',
        '```',
        '',
        '```paragraph',
        'text: Fish &amp; chips',
        '```',
        '',
        '```heading',
        'text: Why *now*?',
        '```',
        '',
        '## Plain: 1. # not a list',
      ),
    );
  });

  it('writes tags on one line where they fit in 100 characters, else one per line', () => {
    const short = ['China', 'Russia', 'World order'];
    assert.match(
      essayToMarkdown({ title: 'T', tags: short, body: [] }),
      /\ntags: \[China, Russia, World order\]\n/,
    );
    const long = [
      'Shanghai Cooperation Organization',
      'Belt and Road Initiative',
      'Greater Eurasia Partnership',
      'BRICS',
    ];
    assert.match(
      essayToMarkdown({ title: 'T', tags: long, body: [] }),
      /\ntags:\n {2}- Shanghai Cooperation Organization\n {2}- Belt and Road Initiative\n/,
    );
  });

  it('makes a fence longer than any run of backticks inside it', () => {
    const markdown = essayToMarkdown({
      title: 'T',
      body: [{ type: 'editor-note', data: { kind: 'note', text: 'Code:\n```\nx\n````' } }],
    });
    assert.ok(markdown.includes('\n`````editor-note\n'), markdown);
    assert.ok(markdown.endsWith('\n`````\n'), markdown);
    assert.equal(read(markdown).body[0].data.text, 'Code:\n```\nx\n````');
  });

  it('writes every heading as ##, whatever its level was', () => {
    const value = read(essay('#### Deep', '', '### Less deep'));
    assert.match(essayToMarkdown(value), /\n## Deep\n\n## Less deep\n$/);
  });

  it('refuses data that is not valid, naming its first problem, rather than write part of it', () => {
    assert.throws(() => essayToMarkdown({ title: 'T', body: [{ type: 'paragraph', text: '' }] }), {
      name: 'TypeError',
      message: 'essay-widgets: not a valid essay: body[0].text: expected a non-empty string',
    });
    assert.throws(() => essayToMarkdown(null), {
      name: 'TypeError',
      message: 'essay-widgets: not a valid essay: expected an object',
    });
    assert.throws(() => widgetToYaml('principle-list', { title: 'P', principles: [] }), {
      name: 'TypeError',
      message: 'essay-widgets: not a valid <principle-list>: principles: expected at least 1 principle',
    });
    assert.throws(() => widgetToYaml('side-bar', {}), {
      name: 'TypeError',
      message: 'essay-widgets: unknown element "side-bar"',
    });
  });

  it('leaves out unknown fields', () => {
    const markdown = essayToMarkdown({
      title: 'T',
      mood: 'calm',
      body: [{ type: 'editor-note', data: { kind: 'note', text: 'x', colour: 'red' } }],
    });
    assert.doesNotMatch(markdown, /mood|colour/);
  });
});

describe('Essay Markdown: the seed essay', () => {
  it('examples/sino-russian-relations.md imports to exactly examples/sino-russian-relations.json', () => {
    assert.deepStrictEqual(read(seedMarkdown), seedJson);
  });

  it('is what export writes for the JSON, so the two cannot drift apart', () => {
    assert.equal(essayToMarkdown(seedJson), seedMarkdown);
  });

  it('writes its paragraphs as paragraphs and nothing as a paragraph or heading fence', () => {
    assert.doesNotMatch(seedMarkdown, /^```(?:paragraph|heading)$/m);
    const paragraphs = seedJson.body.filter((block) => block.type === 'paragraph');
    for (const { text } of paragraphs) assert.ok(seedMarkdown.includes(`\n\n${text}\n`), text);
  });
});

describe('One widget as YAML', () => {
  it("reads an element's data, with errors at their line in the text", () => {
    assert.deepEqual(parseWidgetYaml('principle-list', file('title: T', 'principles:', '  - name: Trust')), {
      ok: true,
      value: { title: 'T', principles: [{ name: 'Trust' }] },
    });
    assert.deepEqual(
      parseWidgetYaml('principle-list', file('title: T', 'principles:', '  - name: Trust', '  - name: ""')),
      {
        ok: false,
        errors: [{ line: 4, path: 'principles[1].name', message: 'expected a non-empty string' }],
      },
    );
    assert.deepEqual(parseWidgetYaml('essay-byline', file('authors: []', 'published: 2018')), {
      ok: false,
      errors: [{ line: 1, path: 'authors', message: 'expected at least 1 author' }],
    });
    assert.deepEqual(parseWidgetYaml('glossary-term', 'term: x\ndefinition: [\n'), {
      ok: false,
      errors: [
        {
          line: 2,
          path: '',
          message:
            'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        },
      ],
    });
  });

  it('answers an unknown element with an error, not an exception', () => {
    assert.deepEqual(parseWidgetYaml('side-bar', 'text: x'), {
      ok: false,
      errors: [
        {
          line: 1,
          path: '',
          message: `unknown element "side-bar"; known: ${ELEMENT_TAGS.join(', ')}`,
        },
      ],
    });
  });

  it("reads back each of the seed's widgets as widgetToYaml writes them", () => {
    const widgets = [
      ...seedJson.body.filter((block) => 'data' in block).map((block) => [block.type, block.data]),
      ['essay-byline', seedJson.byline],
      ['glossary-term', seedJson.glossary[0]],
      ['editor-note', seedJson.notes[0]],
      ['essay-article', seedJson],
    ];
    for (const [tag, data] of widgets) {
      assert.deepStrictEqual(parseWidgetYaml(tag, widgetToYaml(tag, data)), { ok: true, value: data }, tag);
    }
  });
});

describe('docs/essay-markdown.md', () => {
  const guide = readFileSync(join(root, 'docs/essay-markdown.md'), 'utf8');
  const fences = fromMarkdown(guide).children.filter((node) => node.type === 'code');
  const essays = fences.filter((fence) => fence.lang === 'markdown');

  it('gives an example that is a valid essay, and a widget example that reads as it says', () => {
    assert.equal(essays.length, 2);
    const example = read(`${essays[0].value}\n`);
    assert.deepEqual(
      example.body.map((block) => block.type),
      ['paragraph', 'heading', 'pull-quote', 'paragraph'],
    );
    assert.deepEqual(read(essay(essays[1].value)).body, [
      {
        type: 'principle-list',
        data: { title: 'The Shanghai Spirit', principles: [{ name: 'Mutual trust' }] },
      },
    ]);
  });

  it("gives a valid example of each widget's fence, and of the paragraph and heading fences", () => {
    const examples = fences.filter((fence) => FENCE_TYPES.includes(fence.lang));
    assert.deepEqual(examples.map((fence) => fence.lang).toSorted(), [...FENCE_TYPES].toSorted());
    for (const fence of examples) {
      const value = read(essay(`\`\`\`${fence.lang}`, fence.value, '```'));
      assert.equal(value.body[0].type, fence.lang);
    }
  });
});

describe('Essay Markdown in a browser', () => {
  it('bundles for the browser (no Node module) and, run with no Node global, reads the seed essay', async () => {
    const bundle = await build({
      entryPoints: [join(root, 'dist/lib/markdown/index.js')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'EssayMarkdown',
      write: false,
      logLevel: 'silent',
    });
    // What a page has that a bare JavaScript context lacks (micromark's browser build makes
    // an element to decode character references with), and nothing of Node's.
    const page = { URL, document: { createElement: () => ({}) } };
    const context = { ...page, markdown: seedMarkdown };
    runInNewContext(
      `${bundle.outputFiles[0].text}\nglobalThis.result = EssayMarkdown.parseEssayMarkdown(markdown);`,
      context,
    );
    assert.deepStrictEqual(JSON.parse(JSON.stringify(context.result)), { ok: true, value: seedJson });
  });
});
