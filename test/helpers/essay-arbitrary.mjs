// fast-check arbitraries for valid essay data: every block type, every optional field, and
// in every free-text field text made to trip a Markdown or YAML writer (markers, edge spaces,
// line breaks, HTML, right-to-left and CJK text, strings YAML would read as numbers,
// booleans or null, control characters, any code point, `-`, `:` or `#` at the start).
import fc from 'fast-check';

/** Pieces of text that mean something to Markdown, YAML or RichText. */
const TRICKY = [
  '*em*',
  '**strong**',
  '[label](https://example.com/a_b)',
  '[[Yalta Model]]',
  '\\*',
  '\\[',
  '\\',
  '1. ',
  '1) ',
  '- ',
  '+ ',
  '* ',
  '# ',
  '## ',
  '> ',
  '```',
  '~~~',
  '---',
  '===',
  '***',
  '  ',
  '\n',
  '\n\n',
  '    ',
  '\t',
  '<div>',
  '</p>',
  '<!--',
  '&amp;',
  '&#8212;',
  '_u_',
  '`code`',
  '![i](https://example.com/i.png)',
  '<https://example.com>',
  '[x]: https://example.com',
  ' #',
  ': ',
  '? ',
  '%',
  '@',
  '|',
  '>',
  "'",
  '"',
  '{',
  '}',
  ',',
  '&anchor',
  '!tag',
  'null',
  '~',
  'true',
  'NO',
  'yes',
  '2017',
  '1.50',
  '0x1F',
  '.inf',
  '1984',
  'مرحبا بالعالم',
  'שלום',
  'فارسی',
  '中文字符',
  '日本語の文',
  '한국어',
  'Владимир',
  '👩🏽‍🚀',
  '\u00a0',
  '\u3000',
  '\u200f',
  '\r\n',
  '\r',
];

/** Characters a writer must escape or place with care: controls, line and paragraph separators, marks. */
const CONTROLS = [
  '\u0000',
  '\u0007',
  '\b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffe',
];

/** What may start a text and mean something there: `-x`, `:x`, `#x`, `-` and a line break… */
const LEADING = [
  '-',
  ':',
  '#',
  '-\n',
  ':\n',
  '#\n',
  '?',
  '!',
  '&',
  '*',
  '[[',
  '"',
  "'",
  '%',
  '@',
  '`',
  '|',
  '>',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.constantFrom(...LEADING) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  // Any code point of Unicode.
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('The ', 'relations', ' of ', 'China', 'Russia', ' and ', '.', ', '),
  },
);

/** Any text, the empty string included. */
export const anyText = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
/** Text with something other than white space in it (what the schema calls non-empty). */
export const text = anyText.filter((value) => /\S/.test(value));

/** A record whose keys listed in `required` are always there, and the others only sometimes. */
const record = (shape, required = []) => fc.record(shape, { requiredKeys: required, noNullPrototype: true });

export const isoDate = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom(1, 2, 3),
  })
  .map(({ year, month, day, precision }) =>
    [String(year), String(month).padStart(2, '0'), String(day).padStart(2, '0')]
      .slice(0, precision)
      .join('-'),
  );

const country = fc
  .tuple(fc.integer({ min: 65, max: 90 }), fc.integer({ min: 65, max: 90 }))
  .map((codes) => String.fromCharCode(...codes));

const url = fc.oneof(
  fc.webUrl({ validSchemes: ['https', 'http'] }),
  fc.emailAddress().map((address) => `mailto:${address}`),
);

const person = record(
  { name: text, nativeName: anyText, role: anyText, affiliation: anyText, country, url },
  ['name'],
);
const organization = record({ name: text, abbreviation: anyText, url }, ['name']);
const source = record({ title: anyText, publisher: anyText, url, date: isoDate });
const list = (arbitrary, minLength = 0) => fc.array(arbitrary, { minLength, maxLength: 3 });

const pullQuote = record(
  {
    text,
    speaker: person,
    date: isoDate,
    source,
    variant: fc.constantFrom('inline', 'featured', 'aside'),
  },
  ['text'],
);

const { keyPoints } = fc.letrec((tie) => ({
  keyPoints: list(tie('keyPoint'), 1),
  keyPoint: record(
    {
      heading: text,
      body: anyText,
      points: fc.oneof({ depthSize: 'small' }, fc.constant(undefined), tie('keyPoints')),
    },
    ['heading'],
  ).map(({ points, ...point }) => (points === undefined ? point : { ...point, points })),
}));

const initiative = record({ name: text, advocate: text, country, description: anyText }, [
  'name',
  'advocate',
]);

const widget = {
  'pull-quote': pullQuote,
  'principle-list': record(
    {
      title: text,
      advocate: organization,
      intro: anyText,
      principles: list(record({ name: text, description: anyText }, ['name']), 1),
    },
    ['title', 'principles'],
  ),
  'leader-meeting': record(
    {
      participants: fc.array(person, { minLength: 2, maxLength: 3 }),
      date: isoDate,
      occasion: anyText,
      location: record({ venue: anyText, city: anyText, country }),
      summary: anyText,
      topics: list(text),
      outcomes: list(text),
      quotes: list(pullQuote),
      sources: list(source),
    },
    ['participants'],
  ),
  'key-points': record({ title: anyText, intro: anyText, points: keyPoints }, ['points']),
  'scenario-list': record(
    {
      title: anyText,
      question: anyText,
      scenarios: list(
        record(
          {
            question: text,
            reasoning: anyText,
            verdict: fc.constantFrom('likely', 'possible', 'unlikely', 'rejected'),
          },
          ['question', 'verdict'],
        ),
        1,
      ),
    },
    ['scenarios'],
  ),
  'initiative-bridge': record(
    {
      title: anyText,
      relation: anyText,
      facilitator: organization,
      note: anyText,
      initiatives: fc.tuple(initiative, initiative),
    },
    ['initiatives'],
  ),
  'event-timeline': record(
    {
      title: anyText,
      events: list(
        record(
          {
            date: isoDate,
            endDate: isoDate,
            title: text,
            body: anyText,
            location: anyText,
            participants: list(person),
          },
          ['date', 'title'],
        ),
        1,
      ),
    },
    ['events'],
  ),
  'editor-note': record(
    { kind: fc.constantFrom('disclaimer', 'correction', 'update', 'note'), text, date: isoDate },
    ['kind', 'text'],
  ),
};

const byline = record(
  { authors: list(person, 1), publisher: organization, published: isoDate, updated: isoDate },
  ['authors'],
);
const glossaryEntry = record({ term: text, definition: text, url }, ['term', 'definition']);

/** The data of every element but <essay-article> (see `essay`), by tag. */
export const widgetData = { ...widget, 'essay-byline': byline, 'glossary-term': glossaryEntry };

export const block = fc.oneof(
  { weight: 4, arbitrary: text.map((value) => ({ type: 'paragraph', text: value })) },
  { weight: 2, arbitrary: text.map((value) => ({ type: 'heading', text: value })) },
  ...Object.entries(widget).map(([type, data]) => ({
    weight: 1,
    arbitrary: data.map((value) => ({ type, data: value })),
  })),
);

export const essay = record(
  {
    title: text,
    dek: anyText,
    lang: fc.constantFrom('en', 'ar', 'he', 'zh-Hans', 'ru', 'no', 'yes', ''),
    byline,
    body: fc.array(block, { maxLength: 6 }),
    glossary: list(glossaryEntry),
    notes: list(widget['editor-note']),
    tags: list(text),
    canonicalUrl: url,
  },
  ['title', 'body'],
);
