import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement } from '../.storybook/render.js';
import { charapQuote } from '../test/seed.js';

/** The seed's quotation without a variant of its own, so that the attribute decides. */
const quote = { ...charapQuote, variant: undefined };

const meta: Meta = {
  title: 'Elements/pull-quote',
  component: 'pull-quote',
  args: { data: charapQuote },
};
export default meta;
type Story = StoryObj;

/** Samuel Charap's quotation from the seed essay, set as the `data` property. */
export const Default: Story = {};

/** The `variant` attribute applies to data that names no variant. */
export const Inline: Story = { args: { data: quote, variant: 'inline' } };
export const Featured: Story = { args: { data: quote, variant: 'featured' } };
export const Aside: Story = { args: { data: quote, variant: 'aside' } };

/** Every part of the caption: the speaker's native name, role and country, and a linked source. */
export const FullCaption: Story = {
  args: {
    data: {
      text: 'My most intimate friend.',
      speaker: { name: 'Xi Jinping', nativeName: '习近平', role: 'President', country: 'CN' },
      source: {
        title: 'The Evolution of Sino-Russian Relationship',
        publisher: 'Valdai Discussion Club',
        url: 'https://valdaiclub.com/',
      },
      variant: 'inline',
    },
  },
};

/** Written as a CMS editor would: text in the element, details in attributes. */
export const LightDom: Story = {
  args: { data: undefined, speaker: 'Samuel Charap', affiliation: 'IISS', date: '2017', variant: 'featured' },
  render: (args) => renderElement('pull-quote', args, { content: html`${charapQuote.text}` }),
};

/** The data as JSON in a child `<script type="application/json">`. */
export const InlineJson: Story = { parameters: { input: 'script' } };

/** The data fetched from the JSON file at `src`. */
export const FromSrc: Story = { parameters: { input: 'src' } };

export const Russian: Story = { globals: { locale: 'ru' } };
export const Chinese: Story = { globals: { locale: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Sidebar: Story = { globals: { width: 'sidebar' } };
export const FullWidth: Story = { globals: { width: 'full' } };
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };

/** Empty text: the element reports the error and shows a short notice. */
export const Invalid: Story = { tags: ['error'], args: { data: { ...charapQuote, text: '' } } };

/** Invalid inline JSON with light-DOM text: the text stays as the fallback. */
export const InvalidWithFallback: Story = {
  tags: ['error'],
  args: { data: { ...charapQuote, date: '26 July 2018' }, speaker: 'Samuel Charap' },
  parameters: { input: 'script' },
  render: (args, { parameters }) =>
    renderElement('pull-quote', args, { input: parameters.input, content: html`${charapQuote.text}` }),
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
