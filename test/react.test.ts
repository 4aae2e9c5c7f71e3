/** The React wrappers, rendered by React 19 in the browser. */
import { expect } from '@open-wc/testing';
import { act, createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  elements,
  type EssayWidgetErrorDetail,
  type PrincipleList as PrincipleListElement,
} from '../src/index.js';
import * as wrappers from '../src/react/index.js';
import { components, LeaderMeeting, PrincipleList, PullQuote } from '../src/react/index.js';
import { $, shadowText } from './helpers/dom.js';
import { bricsMeeting, shanghaiSpirit } from './seed.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

async function show(node: ReactNode): Promise<void> {
  await act(async () => root.render(node));
}

/** The element React rendered, once it has rendered itself. */
async function rendered<K extends keyof HTMLElementTagNameMap>(tag: K): Promise<HTMLElementTagNameMap[K]> {
  const el = container.querySelector(tag);
  if (!el) throw new Error(`React rendered no <${tag}>`);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('React wrappers', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });

  it('has a component for every element, exported under its class name', () => {
    for (const tag of Object.keys(elements)) {
      const name = tag.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
      const component = (wrappers as Record<string, unknown>)[name];
      expect(component, `the export ${name}`).not.to.equal(undefined);
      expect(component).to.equal((components as Record<string, unknown>)[name]);
    }
  });

  it('passes data and attributes as typed props', async () => {
    await show(
      createElement(PrincipleList, { data: shanghaiSpirit, headingLevel: 3, theme: 'dark', lang: 'ru' }),
    );
    const el = await rendered('principle-list');
    expect(el.data).to.equal(shanghaiSpirit);
    expect($(el, 'h3').textContent).to.equal('The Shanghai Spirit');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect($(el, '.label').textContent).to.equal('Выдвигает');
    await expect(el).to.be.accessible();
  });

  it('renders elements that contain other elements', async () => {
    await show(createElement(LeaderMeeting, { data: bricsMeeting }));
    const el = await rendered('leader-meeting');
    const quote = $(el, 'pull-quote');
    await (quote as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(el)).to.contain('Both sides devote significant effort');
  });

  it('updates the element when the props change', async () => {
    await show(createElement(PullQuote, { data: { text: 'First words.' } }));
    let el = await rendered('pull-quote');
    await show(createElement(PullQuote, { data: { text: 'Second words.' }, variant: 'featured' }));
    el = await rendered('pull-quote');
    expect($(el, '[part=text]').textContent).to.equal('Second words.');
    expect($(el, 'figure').className).to.equal('featured');
  });

  it('calls onEssayWidgetError with the typed event', async () => {
    const seen: EssayWidgetErrorDetail[] = [];
    await show(
      createElement(PullQuote, {
        data: { text: '' },
        onEssayWidgetError: (event) => seen.push(event.detail),
      }),
    );
    await rendered('pull-quote');
    expect(seen).to.have.length(1);
    expect(seen[0].tag).to.equal('pull-quote');
    expect(seen[0].errors[0].path).to.equal('text');
  });

  it('gives a ref to the element', async () => {
    let instance: PrincipleListElement | null = null;
    await show(
      createElement(PrincipleList, {
        data: shanghaiSpirit,
        ref: (el: PrincipleListElement | null) => {
          instance = el;
        },
      }),
    );
    expect(instance).to.equal(await rendered('principle-list'));
  });

  it('types the props (checked by tsc)', () => {
    // @ts-expect-error: a principle list's data needs a title and principles.
    const wrong = createElement(PrincipleList, { data: { name: 'The Shanghai Spirit' } });
    // @ts-expect-error: the event handler receives the error event, not a string.
    const badHandler = createElement(PullQuote, { onEssayWidgetError: (event: string) => event });
    expect([wrong, badHandler]).to.have.length(2);
  });
});
