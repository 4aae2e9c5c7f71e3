import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement } from '../.storybook/render.js';
import { shanghaiSpirit } from '../test/seed.js';

const meta: Meta = {
  title: 'Elements/principle-list',
  component: 'principle-list',
  args: { data: shanghaiSpirit },
};
export default meta;
type Story = StoryObj;

/** The Shanghai Spirit from the seed essay: names only, in two columns where there is room. */
export const Default: Story = {};

/** Principles with descriptions (the essay's own words) are listed one under another. */
export const WithDescriptions: Story = {
  args: {
    data: {
      ...shanghaiSpirit,
      intro: undefined,
      principles: [
        {
          name: 'mutual trust',
          description:
            'Over the past thirty years, the enhancement of bilateral political mutual-trust has provided *extremely important guarantees* for bilateral cooperation.',
        },
        {
          name: 'mutual benefit',
          description: 'Cooperation is intended to achieve the development goals of both countries.',
        },
        ...shanghaiSpirit.principles.slice(2),
      ],
    },
  },
};

/** Written as a CMS editor would: a heading, a paragraph and a list; `advocate` names the organisation. */
export const LightDom: Story = {
  args: { data: undefined, advocate: 'Shanghai Cooperation Organization (SCO)' },
  render: (args) =>
    renderElement('principle-list', args, {
      content: html`<h3>${shanghaiSpirit.title}</h3>
        <p>${shanghaiSpirit.intro}</p>
        <ul>
          ${shanghaiSpirit.principles.map((p) => html`<li><strong>${p.name}</strong></li>`)}
        </ul>`,
    }),
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

/** A principle without a name: the element reports the error and shows a short notice. */
export const Invalid: Story = {
  tags: ['error'],
  args: { data: { ...shanghaiSpirit, principles: [...shanghaiSpirit.principles.slice(0, 2), { name: '' }] } },
};

/** Invalid inline JSON with light-DOM markup: the markup stays as the fallback. */
export const InvalidWithFallback: Story = {
  tags: ['error'],
  args: { data: { ...shanghaiSpirit, principles: [] } },
  parameters: { input: 'script' },
  render: (args, { parameters }) =>
    renderElement('principle-list', args, {
      input: parameters.input,
      content: html`<h3>${shanghaiSpirit.title}</h3>
        <ul>
          ${shanghaiSpirit.principles.map((p) => html`<li><strong>${p.name}</strong></li>`)}
        </ul>`,
    }),
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
