import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement } from '../.storybook/render.js';
import essay from '../examples/sino-russian-relations.json';
import ruEssay from '../examples/ru-essay.json';
import arEssay from '../examples/ar-essay.json';

const meta: Meta = {
  title: 'Essay/essay-article',
  component: 'essay-article',
  args: { data: essay },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/**
 * The whole seed essay, “The Evolution of Sino-Russian Relationship”: title, dek, byline,
 * every structure through its own element, the glossary (its terms open in the text), notes
 * and tags.
 */
export const Default: Story = {};

/** The essay in Russian: its `lang` governs labels, dates and country names throughout. */
export const RussianEssay: Story = { args: { data: ruEssay } };

/**
 * The essay in Arabic (`lang: "ar"`), on a right-to-left page: labels, dates, numbers and
 * commas in Arabic, the layout mirrored, and the names and abbreviations left in Latin script
 * (Samuel Charap, IISS, SCO) kept whole with their punctuation.
 */
export const ArabicRightToLeft: Story = {
  name: 'Arabic (right to left)',
  args: { data: arEssay },
  globals: { locale: 'ar', dir: 'rtl' },
};

/** The English essay with Chinese labels and dates (`lang: "zh"` in the data). */
export const ChineseLabels: Story = { args: { data: { ...essay, lang: 'zh' } } };

/** The essay as the page's main content: its title is the page's `<h1>`. */
export const HeadingLevel1: Story = { args: { 'heading-level': 1 } };

/** The essay fetched from `src`: `examples/sino-russian-relations.json`, served as a file. */
export const FromSrc: Story = { args: { data: undefined, src: 'data/sino-russian-relations.json' } };

/** The data as JSON in a child `<script type="application/json">`. */
export const InlineJson: Story = { parameters: { input: 'script' } };

export const Dark: Story = { args: { theme: 'dark' } };
export const Sidebar: Story = { globals: { width: 'sidebar' } };
export const FullWidth: Story = { globals: { width: 'full' } };

/** On a right-to-left page: an essay that names its language keeps its own direction. */
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };

/** One bad block (a principle without a name): a notice in its place, every other block renders. */
export const InvalidBlock: Story = {
  tags: ['error'],
  args: {
    data: {
      ...essay,
      body: essay.body.map((block) =>
        block.type === 'principle-list'
          ? { ...block, data: { ...block.data, principles: [{ name: '' }] } }
          : block,
      ),
    },
  },
};

/** No title: the essay shows a short notice alone. */
export const Invalid: Story = { tags: ['error'], args: { data: { ...essay, title: '' } } };

/** An invalid essay with a plain-HTML copy inside: the copy stays as the fallback. */
export const InvalidWithFallback: Story = {
  tags: ['error'],
  args: { data: { ...essay, body: 'not a list' } },
  parameters: { input: 'script' },
  render: (args, { parameters }) =>
    renderElement('essay-article', args, {
      input: parameters.input,
      content: html`<h2>${essay.title}</h2>
        <p>${essay.dek}</p>`,
    }),
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
