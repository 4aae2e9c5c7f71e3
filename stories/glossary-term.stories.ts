import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderElement, type Input } from '../.storybook/render.js';
import { thucydidesTrap } from '../test/seed.js';
import essay from '../examples/sino-russian-relations.json';

const meta: Meta = {
  title: 'Elements/glossary-term',
  component: 'glossary-term',
  args: { data: thucydidesTrap },
  // A term lives in running text: every story sets it in the essay's own sentence, with
  // room below for the definition, which opens over what follows.
  render: (args, { parameters }) =>
    html`<p style="min-block-size: 13em">
      The reality is that there has been no real
      ${renderElement('glossary-term', args, {
        input: parameters.input as Input | undefined,
        content: parameters.light ? html`${thucydidesTrap.term}` : undefined,
      })}
      in history.
    </p>`,
};
export default meta;
type Story = StoryObj;

/** “Thucydides trap” from the seed essay's glossary; the button opens its definition. */
export const Default: Story = {};

/** The definition open, with its link to further reading. */
export const Open: Story = { args: { open: true } };

/** An entry without a link to further reading. */
export const WithoutLink: Story = {
  args: { data: essay.glossary.find((entry) => !entry.url), open: true },
};

/** Written as a CMS editor would: the term as text, the definition as an attribute. */
export const LightDom: Story = {
  args: { data: undefined, definition: thucydidesTrap.definition, open: true },
  parameters: { light: true },
};

/** The data as JSON in a child `<script type="application/json">`. */
export const InlineJson: Story = { args: { open: true }, parameters: { input: 'script' } };

/** The data fetched from the JSON file at `src`. */
export const FromSrc: Story = { args: { open: true }, parameters: { input: 'src' } };

export const Russian: Story = { args: { open: true }, globals: { locale: 'ru' } };
export const Chinese: Story = { args: { open: true }, globals: { locale: 'zh' } };
export const Dark: Story = { args: { theme: 'dark', open: true } };
export const Sidebar: Story = { args: { open: true }, globals: { width: 'sidebar' } };
export const FullWidth: Story = { args: { open: true }, globals: { width: 'full' } };
export const RightToLeft: Story = { args: { open: true }, globals: { dir: 'rtl', locale: 'ar' } };

/** An empty definition: the element reports the error and shows a short notice. */
export const Invalid: Story = { tags: ['error'], args: { data: { ...thucydidesTrap, definition: '' } } };

/** A `javascript:` URL in inline JSON, with the term as text: the text stays as the fallback. */
export const InvalidWithFallback: Story = {
  tags: ['error'],
  args: { data: { ...thucydidesTrap, url: 'javascript:alert(1)' } },
  parameters: { input: 'script', light: true },
};

/** A `src` that answers 404. */
export const InvalidSrc: Story = { tags: ['error'], args: { data: undefined, src: 'data/missing.json' } };
