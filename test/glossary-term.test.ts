import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { GlossaryEntry, GlossaryTerm, PullQuote } from '../src/index.js';
import { describeModes, renderInvalid, renderWidget } from './helpers/render.js';

const thucydides: GlossaryEntry = {
  term: 'Thucydides trap',
  definition: 'The *supposed* tendency towards war when a rising power threatens to displace a ruling one.',
  url: 'https://en.wikipedia.org/wiki/Thucydides_Trap',
};

const parts = (el: GlossaryTerm) => {
  const root = el.shadowRoot!;
  const button = root.querySelector('button')!;
  const definition = root.getElementById(button.getAttribute('aria-controls')!)!;
  return { root, button, definition };
};

const isOpen = (el: GlossaryTerm) => {
  const { button, definition } = parts(el);
  const open = button.getAttribute('aria-expanded') === 'true';
  const showing = definition.matches(':popover-open') && definition.checkVisibility();
  expect(showing, 'the definition shows exactly when the button says it is expanded').to.equal(open);
  return open;
};

/** Renders a term in running text. */
async function term(entry: GlossaryEntry = thucydides, theme?: 'light' | 'dark') {
  const el = await renderWidget('glossary-term', entry, { theme: theme ?? 'light' });
  el.before('There has been no real “');
  el.after('” in history.');
  return el;
}

describe('<glossary-term>', () => {
  it('reads the term from its text and the definition from its attribute', async () => {
    const el = await fixture<GlossaryTerm>(
      html`<glossary-term definition="The post-war order agreed at the *Yalta* Conference in 1945."
        >Yalta Model</glossary-term
      >`,
    );
    const { button, definition } = parts(el);
    expect(button.textContent).to.equal('Yalta Model');
    expect(definition.querySelector('em')!.textContent).to.equal('Yalta');
    expect(definition.querySelector('a'), 'no link without a url').to.equal(null);
    el.definition = 'Changed.';
    await el.updateComplete;
    expect(definition.textContent).to.equal('Changed.');
  });

  it('reports a missing definition and keeps its text as the fallback', async () => {
    const el = document.createElement('glossary-term');
    el.textContent = 'Yalta Model';
    const event = oneEvent(el, 'essay-widget-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.tag).to.equal('glossary-term');
    expect(detail.errors[0].path).to.equal('definition');
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    el.remove();
  });

  it('speaks the language of its context', async () => {
    const wrapper = await fixture(
      html`<p lang="ru">
        <glossary-term .data=${{ ...thucydides, term: 'Ловушка Фукидида' }}></glossary-term>
      </p>`,
    );
    const el = wrapper.querySelector('glossary-term')!;
    await el.updateComplete;
    expect(parts(el).definition.querySelector('a')!.textContent).to.equal('Подробнее: Ловушка Фукидида');
  });
});

// Rendered in the client, and rendered on the server then hydrated (test/helpers/render.ts).
describeModes('<glossary-term>', () => {
  it('is a button in the running text that controls a hidden definition', async () => {
    const el = await term();
    const { button, definition } = parts(el);
    expect(button.textContent).to.equal('Thucydides trap');
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.popover).to.equal('auto');
    expect(button.popoverTargetElement).to.equal(definition);
    expect(definition.checkVisibility()).to.equal(false);
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(getComputedStyle(el).containerType).to.equal('normal');
    await expect(el).to.be.accessible();
  });

  it('opens the definition, with its RichText and a link to further reading, on click', async () => {
    const el = await term();
    const { button, definition } = parts(el);
    button.click();
    await el.updateComplete;
    expect(isOpen(el)).to.equal(true);
    expect(el.open).to.equal(true);
    expect(definition.textContent).to.contain('tendency towards war when a rising power');
    expect(definition.querySelector('em')!.textContent).to.equal('supposed');
    const link = definition.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(thucydides.url);
    expect(link.textContent).to.equal('More about Thucydides trap');
    button.click();
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
  });

  it('toggles with Enter and Space, and Escape closes it and returns focus to the term', async () => {
    const el = await term();
    const { root, button, definition } = parts(el);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(true);

    await sendKeys({ press: 'Tab' });
    expect(root.activeElement, 'Tab reaches the link in the definition').to.equal(
      definition.querySelector('a'),
    );
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
    expect(root.activeElement).to.equal(button);
  });

  it('closes on a click or tap elsewhere, and not on one inside the definition', async () => {
    const el = await term();
    const { button, definition } = parts(el);
    button.click();
    await el.updateComplete;
    const at = (box: DOMRect) => ({
      type: 'click' as const,
      position: [Math.round(box.left + 4), Math.round(box.top + 4)] as [number, number],
    });
    await sendMouse(at(definition.getBoundingClientRect()));
    await el.updateComplete;
    expect(isOpen(el)).to.equal(true);
    const elsewhere = el.parentElement!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(elsewhere.left + 2), Math.round(elsewhere.top + 2)],
    });
    await el.updateComplete;
    expect(isOpen(el)).to.equal(false);
  });

  it('keeps one definition open at a time', async () => {
    const first = await renderWidget('glossary-term', { term: 'First', definition: 'One.' });
    const second = await renderWidget('glossary-term', { term: 'Second', definition: 'Two.' });
    parts(first).button.click();
    await first.updateComplete;
    parts(second).button.click();
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(isOpen(first)).to.equal(false);
    expect(isOpen(second)).to.equal(true);
  });

  it('keeps the open definition inside a narrow viewport', async () => {
    const el = await renderWidget('glossary-term', {
      term: 'Westphalian sovereignty',
      definition:
        'A principle of international law that each state has exclusive sovereignty over its territory and domestic affairs.',
    });
    Object.assign(el.parentElement!.style, { inlineSize: '100%', textAlign: 'end' });
    parts(el).button.click();
    await el.updateComplete;
    const box = parts(el).definition.getBoundingClientRect();
    expect(box.right).to.be.at.most(document.documentElement.clientWidth);
    expect(box.left).to.be.at.least(0);
  });

  it('is accessible open and closed, in light and dark themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await term(thucydides, theme);
      await expect(el).to.be.accessible();
      parts(el).button.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('speaks the language of its lang', async () => {
    const el = await renderWidget(
      'glossary-term',
      { ...thucydides, term: 'Ловушка Фукидида' },
      { lang: 'ru' },
    );
    expect(parts(el).definition.querySelector('a')!.textContent).to.equal('Подробнее: Ловушка Фукидида');
  });

  it('reports an empty definition with an accessible notice', async () => {
    const { el, detail, warnings } = await renderInvalid('glossary-term', {
      term: 'Yalta Model',
      definition: '',
    });
    expect(detail.tag).to.equal('glossary-term');
    expect(detail.errors).to.deep.equal([{ path: 'definition', message: 'expected a non-empty string' }]);
    expect(warnings).to.deep.equal(['glossary-term: definition: expected a non-empty string']);
    expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('note');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('[[term]] references in RichText', () => {
  it('become glossary terms when the glossary has them, ignoring case', async () => {
    const el = await fixture<PullQuote>(
      html`<pull-quote
        theme="dark"
        .glossary=${[thucydides]}
        .data=${{ text: 'There has been no real [[thucydides trap]] nor any [[Yalta Model]].' }}
      ></pull-quote>`,
    );
    const terms = el.shadowRoot!.querySelectorAll('glossary-term');
    expect(terms.length).to.equal(1);
    const found = terms[0];
    await found.updateComplete;
    expect(parts(found).button.textContent, 'the words as written').to.equal('thucydides trap');
    expect(found.getAttribute('theme')).to.equal('dark');
    expect(el.shadowRoot!.querySelector('[part=text]')!.textContent).to.contain('nor any Yalta Model.');
    await expect(el).to.be.accessible();
  });

  it('stay plain text without a glossary', async () => {
    const el = await fixture<PullQuote>(
      html`<pull-quote .data=${{ text: 'No real [[Thucydides trap]].' }}></pull-quote>`,
    );
    expect(el.shadowRoot!.querySelector('glossary-term')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=text]')!.textContent).to.equal('No real Thucydides trap.');
  });
});
