import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { worldOrderTransition } from '../test/seed.js';

const meta: Meta = {
  title: 'Elements/scenario-list',
  component: 'scenario-list',
  args: { data: worldOrderTransition },
};
export default meta;
type Story = StoryObj;

/** The four ways a transition of world order could happen, each judged, from the seed essay. */
export const Default: Story = {};

/** Every verdict, each with its word and its shape: likely, possible, unlikely, rejected. */
export const EveryVerdict: Story = {
  args: {
    data: {
      ...worldOrderTransition,
      scenarios: worldOrderTransition.scenarios.map((scenario, i) => ({
        ...scenario,
        verdict: (['likely', 'possible', 'unlikely', 'rejected'] as const)[i % 4],
      })),
    },
  },
};

/** Scenarios without reasoning, and no title or question. */
export const Terse: Story = {
  args: {
    data: {
      scenarios: worldOrderTransition.scenarios.map(({ question, verdict }) => ({ question, verdict })),
    },
  },
};

/** The data as JSON in a child `<script type="application/json">`. */
export const InlineJson: Story = { parameters: { input: 'script' } };

/** The data fetched from the JSON file at `src`. */
export const FromSrc: Story = { parameters: { input: 'src' } };

/** Verdict labels in Russian. */
export const Russian: Story = { globals: { locale: 'ru' } };
/** Verdict labels in Chinese. */
export const Chinese: Story = { globals: { locale: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Sidebar: Story = { globals: { width: 'sidebar' } };
export const FullWidth: Story = { globals: { width: 'full' } };
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };

/** A verdict outside the four: the element reports the error and shows a short notice. */
export const Invalid: Story = {
  tags: ['error'],
  args: {
    data: {
      ...worldOrderTransition,
      scenarios: [{ ...worldOrderTransition.scenarios[0], verdict: 'certain' }],
    },
  },
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
