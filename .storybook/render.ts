/**
 * How every story renders an element: one function for all of them, so a story names
 * only its element, its data and how the data arrives.
 */
import { render, type TemplateResult } from 'lit';
import type { Args, StoryContext } from 'storybook/internal/types';
import * as seed from '../test/seed.js';
import { scriptJson } from '../src/core/data/script-json.js';
import { inputsOf } from './manifest.js';

/** Where the element finds its data: the `data` property, inline JSON, or a `src` URL. */
export type Input = 'property' | 'script' | 'src';

const fixtures = new Map(Object.entries(seed).map(([name, value]) => [JSON.stringify(value), name]));

/** The URL of the JSON file holding `value`, one of the shared fixtures (see story-data.ts). */
export function fixtureUrl(value: unknown): string {
  const name = fixtures.get(JSON.stringify(value));
  if (!name) throw new Error('Only a fixture from test/seed.ts can be loaded from src.');
  return `data/${name}.json`;
}

/**
 * Creates `<tag>` with the story's args: attribute names become attributes, other
 * public properties are set as properties, and `data` arrives as `input` says. The
 * light-DOM `content`, if any, is rendered inside the element.
 */
export function renderElement(
  tag: string,
  args: Args,
  { input = 'property', content }: { input?: Input; content?: TemplateResult } = {},
): HTMLElement {
  const el = document.createElement(tag);
  const { attributes, properties } = inputsOf(tag);
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || key === 'data') continue;
    if (attributes.has(key)) {
      if (typeof value === 'boolean') el.toggleAttribute(key, value);
      else el.setAttribute(key, String(value));
    } else if (properties.has(key)) {
      Object.assign(el, { [key]: value });
    }
  }
  if (content) render(content, el);
  if (args.data !== undefined) {
    if (input === 'script') {
      const script = document.createElement('script');
      script.type = 'application/json';
      // Escaped as a page would write it, so that the story's code is safe to copy.
      script.textContent = scriptJson(args.data, 2);
      el.append(script);
    } else if (input === 'src') {
      el.setAttribute('src', fixtureUrl(args.data));
    } else {
      Object.assign(el, { data: args.data });
    }
  }
  return el;
}

/**
 * The "Show code" snippet: the element as a page writes it. Data given as the `data`
 * property is shown as the script that sets it; the other inputs are in the markup.
 */
export function sourceSnippet(code: string, { args, component, parameters }: StoryContext): string {
  if ((parameters.input ?? 'property') !== 'property' || args.data === undefined) return code;
  const json = JSON.stringify(args.data, null, 2).replaceAll('\n', '\n  ');
  return `${code}\n<script type="module">\n  document.querySelector('${component}').data = ${json};\n</script>`;
}
