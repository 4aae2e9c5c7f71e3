import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fengByline } from '../test/seed.js';

const meta: Meta = {
  title: 'Elements/essay-byline',
  component: 'essay-byline',
  args: { data: fengByline },
};
export default meta;
type Story = StoryObj;

/** Feng Shaolei, East China Normal University, for the Valdai Discussion Club. */
export const Default: Story = {};

/** With an update date beside the publication date. */
export const Updated: Story = { args: { data: { ...fengByline, updated: '2018-11' } } };

/** An author's name alone. */
export const Minimal: Story = { args: { data: { authors: [{ name: fengByline.authors[0].name }] } } };

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

/** No authors: the element reports the error and shows a short notice. */
export const Invalid: Story = { tags: ['error'], args: { data: { ...fengByline, authors: [] } } };

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
