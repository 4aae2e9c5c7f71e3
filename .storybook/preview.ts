/// <reference types="vite/client" />
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { define, defineLocale } from '../src/index.js';
import { RIGHT_TO_LEFT, SHIPPED_LOCALES, type LocaleStrings } from '../src/core/i18n/i18n.js';
import { DocsPage } from './docs-page.js';
import { argTypesOf, manifest } from './manifest.js';
import { renderElement, sourceSnippet, type Input } from './render.js';
import './preview.css';

// Called, not just imported: package.json marks src/ free of side effects, so a bare
// import would be dropped from the build.
define();
setCustomElementsManifest(manifest);

// The library finds a shipped locale beside its own built file (`../locales/<tag>.js`), which
// Vite does not serve: each is given as a loader of its source module instead, through the
// public API, as a bundler's user would (`defineLocale('de', () => import(…))`).
const localeModules = import.meta.glob<{ default: LocaleStrings }>('../src/locales/*.ts');
for (const tag of SHIPPED_LOCALES) {
  if (tag !== 'en') defineLocale(tag, localeModules[`../src/locales/${tag}.ts`]);
}

/** A language's name in its own words ("Deutsch", "العربية"), for the toolbar. */
const ownName = (tag: string) => {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
};

/** The page's direction: the one chosen, else its language's. */
const directionOf = (dir: string | undefined, lang: string) =>
  dir === 'ltr' || dir === 'rtl' ? dir : RIGHT_TO_LEFT.has(new Intl.Locale(lang).language) ? 'rtl' : 'ltr';

/** Widths a designer checks: a 280 px sidebar, a 720 px article column, the full width. */
const WIDTHS: Record<string, string> = { sidebar: '280px', column: '720px', full: '100%' };

const preview: Preview = {
  tags: ['autodocs'],
  // Every story renders its element the same way; see render.ts.
  render: (args, context) =>
    renderElement(String(context.component), args, { input: context.parameters.input as Input | undefined }),
  globalTypes: {
    locale: {
      // Every shipped locale; one written right to left (ar, fa, he) makes the page right to
      // left too, unless Direction says otherwise.
      description: 'The page language (lang): UI strings, dates, country names',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: SHIPPED_LOCALES.map((tag) => ({ value: tag, title: ownName(tag), right: tag })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction of the page: its language’s, or one chosen',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'The language’s direction' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
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
  initialGlobals: { locale: 'en', dir: 'auto', width: 'column' },
  decorators: [
    // Logs `essay-widget-error` events in the Actions panel.
    withActions,
    // The page around the element: its language, direction and column width, and a
    // dark page when the element is in the dark theme.
    (story, { args, globals }) =>
      html`<div
        class="page ${args.theme === 'dark' ? 'dark' : ''}"
        lang=${globals.locale ?? 'en'}
        dir=${directionOf(globals.dir, globals.locale ?? 'en')}
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
