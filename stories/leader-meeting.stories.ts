import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bricsMeeting, wangPutinMeeting } from '../test/seed.js';

const meta: Meta = {
  title: 'Elements/leader-meeting',
  component: 'leader-meeting',
  args: { data: bricsMeeting },
};
export default meta;
type Story = StoryObj;

/** Xi Jinping and Vladimir Putin at the 10th BRICS Summit: every part, a quotation and a source. */
export const Default: Story = {};

/** Wang Qishan and Vladimir Putin on May 24: no occasion, quotations or sources. */
export const Minimal: Story = { args: { data: wangPutinMeeting } };

/** With outcomes beside the topics. */
export const WithOutcomes: Story = {
  args: {
    data: {
      ...wangPutinMeeting,
      outcomes: [
        'Xi Jinping and Vladimir Putin to meet again',
        'The future course of bilateral relations and of the SCO to be charted jointly',
      ],
    },
  },
};

/** The data as JSON in a child `<script type="application/json">`. */
export const InlineJson: Story = { parameters: { input: 'script' } };

/** The data fetched from the JSON file at `src`. */
export const FromSrc: Story = { parameters: { input: 'src' } };

/** The title one level down, for a page whose section headings are `<h2>`. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };

export const Russian: Story = { globals: { locale: 'ru' } };
export const Chinese: Story = { globals: { locale: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Sidebar: Story = { globals: { width: 'sidebar' } };
export const FullWidth: Story = { globals: { width: 'full' } };
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };

/** One participant and a date that does not exist: the element reports both and shows a short notice. */
export const Invalid: Story = {
  tags: ['error'],
  args: {
    data: { ...bricsMeeting, participants: bricsMeeting.participants.slice(0, 1), date: '2018-02-30' },
  },
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
