/** What the element tests share: reading what an element shows, and what it reports. */
import { fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { EssayElement } from '../src/index.js';

/** The text of each match in the element's shadow root, white space collapsed. */
export const texts = (el: Element, selector: string): string[] =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

/** A child `<script type="application/json">` holding `data`. */
export const jsonScript = (data: unknown): HTMLScriptElement =>
  Object.assign(document.createElement('script'), {
    type: 'application/json',
    textContent: JSON.stringify(data),
  });

/**
 * Renders `template` inside a `<div lang>`, so that the element takes its language from
 * the page. (The root of a fixture is the element itself: a plain wrapper would make the
 * fixture wait for an animation frame, which a page in the background never gets.)
 */
export const inLang = <T extends Element>(lang: string, template: TemplateResult): Promise<T> =>
  fixture<T>(template, { parentNode: Object.assign(document.createElement('div'), { lang }) });

/** Resolves once the shadow root holds a match for `selector` (a `src` file has loaded). */
export const shown = (el: Element, selector: string): Promise<void> =>
  new Promise((resolve) => {
    const found = () => {
      if (!el.shadowRoot!.querySelector(selector)) return;
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(found);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    found();
  });

/**
 * The `essay-widget-error` detail that `<tag>` reports for `data`, with the text of the
 * notice it then shows.
 */
export async function problems(tag: string, data: unknown) {
  const el = document.createElement(tag) as EssayElement<never>;
  (el as { data?: unknown }).data = data;
  const event = oneEvent(el, 'essay-widget-error');
  document.body.append(el);
  const { detail } = await event;
  await el.updateComplete;
  const notice = texts(el, '[part="error"]')[0];
  el.remove();
  return { ...detail, notice };
}
