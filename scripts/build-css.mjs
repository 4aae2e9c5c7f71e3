// dist/essay-widgets.css: src/host.css minified by lightningcss (as the element styles are;
// no browser targets, so nothing is lowered or prefixed), followed by the words it writes
// before the upgrade in each shipped locale, from the built locale modules (dist/lib/locales/,
// which `tsc` writes before this runs): on a page in German, "Befürwortet von", "Erstens"…
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { transform } from 'lightningcss';

const root = new URL('..', import.meta.url);
const source = new URL('src/host.css', root);
const { SHIPPED_LOCALES } = await import(new URL('dist/lib/core/i18n/i18n.js', root).href);

/** A CSS string of `text`. */
const string = (text) => `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;

/** Tags that `:lang()` must also match: the regions written in a locale's script. */
const ALSO = { 'zh-Hant': ['zh-TW', 'zh-HK', 'zh-MO'] };

const WORDS = ['advocated-by', 'note', 'disclaimer', 'correction', 'update', 'ordinals'];
// Each element with a `lang` starts afresh (English, the fallbacks), then takes its language's.
let words = `[lang] {\n${WORDS.map((word) => `  --essay-word-${word}: initial;`).join('\n')}\n}\n`;
for (const tag of SHIPPED_LOCALES.filter((each) => each !== 'en')) {
  const { default: strings } = await import(new URL(`dist/lib/locales/${tag}.js`, root).href);
  const name = `essay-ordinal-${tag.toLowerCase()}`;
  words += `@counter-style ${name} {
  system: fixed;
  symbols: ${strings.ordinals.map(string).join(' ')};
  suffix: '';
  fallback: decimal;
}
${[tag, ...(ALSO[tag] ?? [])].map((each) => `[lang]:lang(${each})`).join(', ')} {
  --essay-word-advocated-by: ${string(strings.advocatedBy)};
  --essay-word-note: ${string(strings.note)};
  --essay-word-disclaimer: ${string(strings.disclaimer)};
  --essay-word-correction: ${string(strings.correction)};
  --essay-word-update: ${string(strings.update)};
  --essay-word-ordinals: ${name};
}
`;
}

const css = `${await readFile(source, 'utf8')}\n/* The words of the shipped locales. */\n${words}`;
const { code } = transform({ filename: source.pathname, code: Buffer.from(css), minify: true });
await mkdir(new URL('dist/', root), { recursive: true });
await writeFile(new URL('dist/essay-widgets.css', root), code.toString() + '\n');
