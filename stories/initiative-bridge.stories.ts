import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { beltAndRoadBridge } from '../test/seed.js';

const meta: Meta = {
  title: 'Elements/initiative-bridge',
  component: 'initiative-bridge',
  args: { data: beltAndRoadBridge },
};
export default meta;
type Story = StoryObj;

/** The Belt and Road Initiative and the Greater Eurasia Partnership, joined through the SCO. */
export const Default: Story = {};

/** The two initiatives alone: no title, relation, facilitator or note. */
export const Minimal: Story = { args: { data: { initiatives: beltAndRoadBridge.initiatives } } };

/** Each initiative with a description. */
export const WithDescriptions: Story = {
  args: {
    data: {
      ...beltAndRoadBridge,
      initiatives: [
        {
          ...beltAndRoadBridge.initiatives[0],
          description: 'Overland and maritime economic corridors, announced in 2013.',
        },
        {
          ...beltAndRoadBridge.initiatives[1],
          description: 'A broad partnership across Eurasia, put forward in 2016.',
        },
      ],
    },
  },
};

/** The data as JSON in a child `<script type="application/json">`. */
export const InlineJson: Story = { parameters: { input: 'script' } };

/** The data fetched from the JSON file at `src`. */
export const FromSrc: Story = { parameters: { input: 'src' } };

export const Russian: Story = { globals: { locale: 'ru' } };
export const Chinese: Story = { globals: { locale: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
/** In a narrow column the two initiatives stack. */
export const Sidebar: Story = { globals: { width: 'sidebar' } };
export const FullWidth: Story = { globals: { width: 'full' } };
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };

/** One initiative instead of two: the element reports the error and shows a short notice. */
export const Invalid: Story = {
  tags: ['error'],
  args: { data: { ...beltAndRoadBridge, initiatives: beltAndRoadBridge.initiatives.slice(0, 1) } },
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
