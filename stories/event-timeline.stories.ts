import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { events2018 } from '../test/seed.js';

const meta: Meta = {
  title: 'Elements/event-timeline',
  component: 'event-timeline',
  args: { data: events2018 },
};
export default meta;
type Story = StoryObj;

/** The relationship in 2018: dates at day and month precision, a date range, places and participants. */
export const Default: Story = {};

/** Dates and titles only. */
export const Terse: Story = {
  args: { data: { events: events2018.events.map(({ date, endDate, title }) => ({ date, endDate, title })) } },
};

/** The data as JSON in a child `<script type="application/json">`. */
export const InlineJson: Story = { parameters: { input: 'script' } };

/** The data fetched from the JSON file at `src`. */
export const FromSrc: Story = { parameters: { input: 'src' } };

/** Dates and country names in Russian. */
export const Russian: Story = { globals: { locale: 'ru' } };
/** Dates and country names in Chinese. */
export const Chinese: Story = { globals: { locale: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Sidebar: Story = { globals: { width: 'sidebar' } };
export const FullWidth: Story = { globals: { width: 'full' } };
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };

/** A date written in words: the element reports the error and shows a short notice. */
export const Invalid: Story = {
  tags: ['error'],
  args: { data: { ...events2018, events: [{ ...events2018.events[0], date: '24 May 2018' }] } },
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
