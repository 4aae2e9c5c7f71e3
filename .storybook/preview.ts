import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { define } from '../src/index.js';
import { DocsPage } from './docs-page.js';
import { argTypesOf, manifest } from './manifest.js';
import { renderElement, sourceSnippet, type Input } from './render.js';
import './preview.css';

// Called, not just imported: package.json marks src/ free of side effects, so a bare
// import would be dropped from the build.
define();
setCustomElementsManifest(manifest);

/** Widths a designer checks: a 280 px sidebar, a 720 px article column, the full width. */
const WIDTHS: Record<string, string> = { sidebar: '280px', column: '720px', full: '100%' };

const preview: Preview = {
  tags: ['autodocs'],
  // Every story renders its element the same way; see render.ts.
  render: (args, context) =>
    renderElement(String(context.component), args, { input: context.parameters.input as Input | undefined }),
  globalTypes: {
    locale: {
      // ar: a right-to-left page, where elements in the page's language follow its direction
      // (and speak English, the fallback); an element in a shipped language reads left to right.
      description: 'The page language (lang): UI strings, dates, country names',
      toolbar: { title: 'Language', icon: 'globe', items: ['en', 'ru', 'zh', 'ar'], dynamicTitle: true },
    },
    dir: {
      description: 'Writing direction of the page',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    width: {
      description: 'Width of the column the element sits in',
      toolbar: {
        title: 'Width',
        icon: 'ruler',
        items: [
          { value: 'sidebar', title: '280 px sidebar' },
          { value: 'column', title: '720 px column' },
          { value: 'full', title: 'Full width' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', dir: 'ltr', width: 'column' },
  decorators: [
    // Logs `essay-widget-error` events in the Actions panel.
    withActions,
    // The page around the element: its language, direction and column width, and a
    // dark page when the element is in the dark theme.
    (story, { args, globals }) =>
      html`<div
        class="page ${args.theme === 'dark' ? 'dark' : ''}"
        lang=${globals.locale ?? 'en'}
        dir=${globals.dir ?? 'ltr'}
        style=${styleMap({ inlineSize: WIDTHS[globals.width] ?? WIDTHS.column })}
      >
        ${story()}
      </div>`,
  ],
  parameters: {
    layout: 'padded',
    options: { storySort: { order: ['Introduction', 'Elements', 'Essay'] } },
    controls: { expanded: true, sort: 'none' },
    actions: { handles: ['essay-widget-error'] },
    docs: {
      page: DocsPage,
      extractArgTypes: (component: unknown) => argTypesOf(String(component)),
      // The snippet shows the element as a page writes it, without the story's frame.
      source: { type: 'dynamic', excludeDecorators: true, transform: sourceSnippet },
    },
  },
};

export default preview;
