import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { EditorNote } from '../src/index.js';
import { $$, until } from './helpers/dom.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';
import { valdaiDisclaimer } from './seed.js';

const kinds = ['disclaimer', 'correction', 'update', 'note'] as const;

/** The text of each match in the shadow root, white space collapsed. */
const texts = (el: Element, selector: string) =>
  $$(el, selector).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

describe('<editor-note>', () => {
  it('reads its text and the kind and date attributes from light DOM, and keeps the text', async () => {
    const el = await fixture<EditorNote>(
      html`<editor-note kind="correction" date="2018-07">
        An earlier version gave the wrong <em>date</em> for the summit.
      </editor-note>`,
    );
    expect(texts(el, '[part="kind"]')).to.deep.equal(['Correction']);
    expect(texts(el, '[part="text"]')).to.deep.equal([
      'An earlier version gave the wrong date for the summit.',
    ]);
    expect(el.shadowRoot!.querySelector('[part="text"] em')!.textContent).to.equal('date');
    expect(texts(el, 'time')).to.deep.equal(['July 2018']);
    expect(el.textContent).to.contain('An earlier version');

    el.kind = 'update';
    await el.updateComplete;
    expect(texts(el, '[part="kind"]')).to.deep.equal(['Update']);
    el.setAttribute('date', '2018-08-01');
    await el.updateComplete;
    expect(texts(el, 'time')).to.deep.equal(['August 1, 2018']);
  });

  it('is a note when light DOM names no kind, and shows its text when the kind is unknown', async () => {
    const plain = await fixture<EditorNote>(html`<editor-note>Views are the author’s own.</editor-note>`);
    expect(texts(plain, '[part="kind"]')).to.deep.equal(['Note']);

    const el = document.createElement('editor-note');
    el.setAttribute('kind', 'warning');
    el.textContent = 'Views are the author’s own.';
    const event = oneEvent(el, 'essay-widget-error');
    document.body.append(el);
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.errors).to.deep.equal([
      { path: 'kind', message: 'expected one of "disclaimer", "correction", "update", "note"' },
    ]);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    el.remove();
  });

  it('reads a child JSON script', async () => {
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify({ kind: 'update', text: 'Updated *after* the summit.' }),
    });
    const el = await fixture<EditorNote>(html`<editor-note>${script}</editor-note>`);
    expect(texts(el, '[part="kind"], [part="text"]')).to.deep.equal(['Update', 'Updated after the summit.']);
  });

  it('loads a JSON file named by src', async () => {
    const el = await fixture<EditorNote>(
      html`<editor-note src="/test/fixtures/editor-note.json"></editor-note>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[part="note"]'), 'the fetched data');
    expect(texts(el, '[part="kind"]')).to.deep.equal(['Disclaimer']);
  });

  it('labels each kind in the language of the nearest lang', async () => {
    const render = async (lang: string) => {
      const wrapper = await fixture(
        html`<div lang=${lang}>
          ${kinds.map((kind) => html`<editor-note .data=${{ kind, text: 'Текст 文本', date: '2018-11-05' }}></editor-note>`)}
        </div>`,
      );
      const notes = [...wrapper.querySelectorAll('editor-note')];
      await Promise.all(notes.map((el) => el.updateComplete));
      return { kinds: notes.map((el) => texts(el, '[part="kind"]')[0]), date: texts(notes[0], 'time')[0] };
    };
    expect(await render('ru')).to.deep.equal({
      kinds: ['Оговорка', 'Исправление', 'Обновление', 'Примечание'],
      date: '5 ноября 2018 г.',
    });
    expect(await render('zh')).to.deep.equal({
      kinds: ['免责声明', '更正', '更新', '注'],
      date: '2018年11月5日',
    });
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<editor-note>', () => {
  it('renders the Valdai disclaimer as a labelled note', async () => {
    const el = await renderWidget('editor-note', valdaiDisclaimer);
    const note = el.shadowRoot!.querySelector('[part="note"]')!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(texts(el, '[part="kind"]')).to.deep.equal(['Disclaimer']);
    expect(texts(el, '[part="text"]')).to.deep.equal([
      'Views expressed are of individual Members and Contributors, rather than the Club’s, unless explicitly stated otherwise.',
    ]);
    expect(el.shadowRoot!.querySelector('time')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('labels each kind, dates it, and sets corrections and updates apart by more than colour', async () => {
    const notes: EditorNote[] = [];
    for (const kind of kinds) {
      const data = { kind, text: `A ${kind} with a [link](https://example.org/).`, date: '2018-11-05' };
      notes.push(await renderWidget('editor-note', data));
    }
    expect(notes.map((el) => texts(el, '[part="kind"]')[0])).to.deep.equal([
      'Disclaimer',
      'Correction',
      'Update',
      'Note',
    ]);
    for (const el of notes) {
      const time = el.shadowRoot!.querySelector('time[part="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2018-11-05');
      expect(time.textContent).to.equal('November 5, 2018');
      expect(el.shadowRoot!.querySelector('[part="text"] a')!.getAttribute('href')).to.equal(
        'https://example.org/',
      );
      await expect(el).to.be.accessible();
    }
    // A correction reads in full text colour beside an accent rule; a disclaimer is quieter. The label says which.
    const style = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part="note"]')!);
    expect(style(notes[1]).borderInlineStartColor).to.not.equal(style(notes[0]).borderInlineStartColor);
    expect(style(notes[1]).color).to.not.equal(style(notes[0]).color);
  });

  it('reports every invalid field by its path', async () => {
    const {
      detail: { errors },
      warnings,
    } = await renderInvalid('editor-note', { kind: 'warning', text: ' ', date: '2018-7' });
    expect(errors).to.deep.equal([
      { path: 'kind', message: 'expected one of "disclaimer", "correction", "update", "note"' },
      { path: 'text', message: 'expected a non-empty string' },
      { path: 'date', message: 'expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
    expect(warnings).to.deep.equal([
      'editor-note: kind: expected one of "disclaimer", "correction", "update", "note"',
    ]);
    expect((await renderInvalid('editor-note', { text: 'No kind' })).detail.errors[0].path).to.equal('kind');
  });

  it('is accessible in the dark theme', async () => {
    const el = await renderWidget('editor-note', valdaiDisclaimer, { theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 21, 20)');
    await expect(el).to.be.accessible();
  });

  it('labels each kind in Russian and Chinese', async () => {
    const render = async (lang: string) => {
      const notes: Element[] = [];
      for (const kind of kinds) {
        notes.push(
          await renderWidget('editor-note', { kind, text: 'Текст 文本', date: '2018-11-05' }, { lang }),
        );
      }
      return { kinds: notes.map((el) => texts(el, '[part="kind"]')[0]), date: texts(notes[0], 'time')[0] };
    };
    expect(await render('ru')).to.deep.equal({
      kinds: ['Оговорка', 'Исправление', 'Обновление', 'Примечание'],
      date: '5 ноября 2018 г.',
    });
    expect(await render('zh')).to.deep.equal({
      kinds: ['免责声明', '更正', '更新', '注'],
      date: '2018年11月5日',
    });
  });
});
