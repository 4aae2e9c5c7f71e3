// Essay Markdown's two promises, checked over generated input: importing the export of any
// valid essay gives the same data, and no input makes the parser throw.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { essay, text as tricky, widgetData } from '../helpers/essay-arbitrary.mjs';
import {
  essayToMarkdown,
  parseEssayMarkdown,
  parseWidgetYaml,
  widgetToYaml,
} from '../../dist/lib/markdown/index.js';
import { EssayData } from '../../dist/lib/schema/schema.js';
import { validate } from '../../dist/lib/schema/validate.js';

/** A fixed seed, so that a run is repeatable; fast-check prints the failing case and its seed. */
const seed = Number(process.env.FC_SEED ?? 20181126);

describe('Essay Markdown round trip', () => {
  it('imports the export of every valid essay as the same data (400 generated essays)', () => {
    let cases = 0;
    fc.assert(
      fc.property(essay, (data) => {
        // The generator makes valid essays only; a test of the round trip needs nothing else.
        assert.ok(validate(EssayData, data).ok, 'the generated essay is valid');
        const markdown = essayToMarkdown(data);
        const result = parseEssayMarkdown(markdown);
        assert.deepStrictEqual(result, { ok: true, value: data }, markdown);
        cases++;
      }),
      { numRuns: 400, seed },
    );
    assert.equal(cases, 400);
  });

  it("imports the export of every widget's data as the same data (100 per widget)", () => {
    for (const [tag, data] of Object.entries(widgetData)) {
      fc.assert(
        fc.property(data, (value) => {
          assert.deepStrictEqual(parseWidgetYaml(tag, widgetToYaml(tag, value)), { ok: true, value });
        }),
        { numRuns: 100, seed },
      );
    }
  });

  it('writes natural paragraphs and headings for ordinary text, and fences only for the rest', () => {
    // Words, marks and punctuation that mean nothing special at the start of a line.
    const word = fc.constantFrom(
      'China',
      'Россия',
      '中国',
      'العربية',
      '*em*',
      '**strong**',
      '[[term]]',
      'a_b',
      'x<y',
      '—',
    );
    const ordinary = fc
      .array(word, { minLength: 1, maxLength: 8 })
      .map((words) => `Text ${words.join(' ')}.`);
    fc.assert(
      fc.property(ordinary, (value) => {
        const markdown = essayToMarkdown({
          title: 'T',
          body: [
            { type: 'paragraph', text: value },
            { type: 'heading', text: value.replace(/[*[\]]/g, '') },
          ],
        });
        assert.ok(markdown.endsWith(`\n\n${value}\n\n## ${value.replace(/[*[\]]/g, '')}\n`), markdown);
      }),
      { numRuns: 100, seed },
    );
  });
});

describe('Essay Markdown parser on any input', () => {
  // Any text, and text built from the pieces of Essay Markdown, so that fences, front matter
  // and YAML are reached and broken in every way.
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    tricky,
    fc.constantFrom(
      '---\n',
      '```pull-quote\n',
      '```key-points\n',
      '```paragraph\n',
      '```\n',
      '~~~\n',
      '\n',
      'title: T\n',
      'text: ',
      'points:\n  - heading: x\n',
      '  - ',
      '&a ',
      '*a',
      '[',
      '{',
      '"',
      '\r\n',
      '\uFEFF',
      '    ',
      '# ',
      '## ',
    ),
  );
  const anyFile = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

  it('returns data or errors with a line in the file, and never throws (1,000 inputs)', () => {
    fc.assert(
      fc.property(anyFile, (input) => {
        const result = parseEssayMarkdown(input);
        if (result.ok) return;
        const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
        assert.ok(result.errors.length > 0);
        for (const error of result.errors) {
          assert.ok(
            Number.isInteger(error.line) && error.line >= 1 && error.line <= lines,
            JSON.stringify(error),
          );
          assert.equal(typeof error.path, 'string');
          assert.ok(error.message.length > 0);
          // The last resort of the parse functions is for input that breaks a library: none here.
          assert.doesNotMatch(error.message, /^could not be read/);
        }
      }),
      { numRuns: 1000, seed },
    );
  });

  it('reads any YAML for any widget without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(widgetData), 'essay-article'), anyFile, (tag, input) => {
        const result = parseWidgetYaml(tag, input);
        if (!result.ok) for (const error of result.errors) assert.ok(error.line >= 1, JSON.stringify(error));
      }),
      { numRuns: 500, seed },
    );
  });
});
