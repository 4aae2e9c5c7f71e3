import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement } from '../.storybook/render.js';
import { characteristics } from '../test/seed.js';

const meta: Meta = {
  title: 'Elements/key-points',
  component: 'key-points',
  args: { data: characteristics },
};
export default meta;
type Story = StoryObj;

/** The four characteristics of the relationship from the seed essay; the third has nested points. */
export const Default: Story = {};

/** Points with headings only, none nested. */
export const HeadingsOnly: Story = {
  args: {
    data: {
      title: characteristics.title,
      points: characteristics.points.map(({ heading }) => ({ heading })),
    },
  },
};

/** Written as a CMS editor would: a heading, a paragraph and an ordered list, one nested. */
export const LightDom: Story = {
  args: { data: undefined },
  render: (args) =>
    renderElement('key-points', args, {
      content: html`<h3>${characteristics.title}</h3>
        <p>${characteristics.intro}</p>
        <ol>
          ${characteristics.points.map(
            (point) =>
              html`<li>
                <strong>${point.heading}</strong> ${point.body?.replaceAll('*', '')}
                ${
                  point.points
                    ? html`<ol>
                        ${point.points.map((sub) => html`<li><strong>${sub.heading}</strong> ${sub.body}</li>`)}
                      </ol>`
                    : ''
                }
              </li>`,
          )}
        </ol>`,
    }),
};

/** The data as JSON in a child `<script type="application/json">`. */
export const InlineJson: Story = { parameters: { input: 'script' } };

/** The data fetched from the JSON file at `src`. */
export const FromSrc: Story = { parameters: { input: 'src' } };

/** Ordinal words in Russian: «Во-первых…». */
export const Russian: Story = { globals: { locale: 'ru' } };
/** Ordinal words in Chinese: 第一… */
export const Chinese: Story = { globals: { locale: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Sidebar: Story = { globals: { width: 'sidebar' } };
export const FullWidth: Story = { globals: { width: 'full' } };
export const RightToLeft: Story = { globals: { dir: 'rtl', locale: 'ar' } };

/** A point without a heading: the element reports the error and shows a short notice. */
export const Invalid: Story = {
  tags: ['error'],
  args: { data: { ...characteristics, points: [...characteristics.points.slice(0, 1), { heading: '' }] } },
};

/** Invalid inline JSON with light-DOM markup: the markup stays as the fallback. */
export const InvalidWithFallback: Story = {
  tags: ['error'],
  args: { data: { ...characteristics, points: [] } },
  parameters: { input: 'script' },
  render: (args, { parameters }) =>
    renderElement('key-points', args, {
      input: parameters.input,
      content: html`<h3>${characteristics.title}</h3>
        <ol>
          ${characteristics.points.map((point) => html`<li><strong>${point.heading}</strong></li>`)}
        </ol>`,
    }),
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
