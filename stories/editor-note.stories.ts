import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement } from '../.storybook/render.js';
import { valdaiDisclaimer } from '../test/seed.js';

const meta: Meta = {
  title: 'Elements/editor-note',
  component: 'editor-note',
  args: { data: valdaiDisclaimer },
};
export default meta;
type Story = StoryObj;

/** The Valdai Club's disclaimer from the seed essay. */
export const Default: Story = {};

/** The four kinds, each named in words: disclaimer, correction, update, note. */
export const Correction: Story = {
  args: {
    data: {
      kind: 'correction',
      date: '2018-08',
      text: 'The 10th BRICS Summit was held on July 25–27, 2018, in Johannesburg.',
    },
  },
};
export const Update: Story = {
  args: {
    data: {
      kind: 'update',
      date: '2018-11',
      text: 'The China International Import Expo was held in Shanghai on 5–10 November 2018.',
    },
  },
};
export const Note: Story = {
  args: { data: { kind: 'note', text: 'This essay was first published by the *Valdai Discussion Club*.' } },
};

/** Written as a CMS editor would: text in the element, `kind` and `date` as attributes. */
export const LightDom: Story = {
  args: { data: undefined, kind: 'disclaimer' },
  render: (args) => renderElement('editor-note', args, { content: html`${valdaiDisclaimer.text}` }),
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

/** A kind outside the four: the element reports the error and shows a short notice. */
export const Invalid: Story = { tags: ['error'], args: { data: { ...valdaiDisclaimer, kind: 'warning' } } };

/** Invalid inline JSON with light-DOM text: the text stays as the fallback. */
export const InvalidWithFallback: Story = {
  tags: ['error'],
  args: { data: { ...valdaiDisclaimer, text: '' } },
  parameters: { input: 'script' },
  render: (args, { parameters }) =>
    renderElement('editor-note', args, { input: parameters.input, content: html`${valdaiDisclaimer.text}` }),
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
