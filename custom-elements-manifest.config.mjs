// The Custom Elements Manifest (dist/custom-elements.json): `npm run build` writes it with
// `cem analyze`; editors, linters and Storybook read it.

/** The attributes and property every element takes from `EssayElement`. */
const SHARED_ATTRIBUTES = ['src', 'theme', 'heading-level'];
const ERROR_EVENT = {
  name: 'essay-widget-error',
  description: 'The data could not be used; `detail: { tag, errors: [{ path, message }] }`.',
};

/** `src/elements/x/x.ts` → `dist/lib/elements/x/x.js`: where the published package has it. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

/** Schemas that leave a part for the element to check, by the type they accept. */
const DATA_TYPES = { EssayShell: 'EssayData' };

const unquote = (text) => /^(['"`])(.*)\1$/.exec(text ?? '')?.[2];

/**
 * Essay elements register themselves through `static define()`, not a
 * `customElements.define()` call the analyzer can see, and their data type is the
 * base class's generic parameter. This plugin, after inheritance is applied:
 * - makes every class with a `static tag = '…'` a custom element with that tag name,
 *   and records the definition in the module that defines it (`src/<tag>.ts`);
 * - gives the `data` property the element's data type (`PullQuoteData | undefined`);
 * - drops internal state (non-public fields) from the attributes;
 * - points module paths at the published files;
 * - fails the build if an element lacks the shared attributes or the `data` property,
 *   so that what the docs promise for every element holds for every element.
 */
function essayElements() {
  return {
    name: 'essay-elements',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const members = declaration.members ?? [];
          const staticField = (name) =>
            members.find((m) => m.kind === 'field' && m.static && m.name === name);
          const hidden = new Set(
            members.filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          }
          const tag = unquote(staticField('tag')?.default);
          if (!tag) continue;

          declaration.customElement = true;
          declaration.tagName = tag;

          const schema = staticField('schema')?.default;
          const dataType = DATA_TYPES[schema] ?? schema;
          const data = members.find((m) => m.kind === 'field' && !m.static && m.name === 'data');
          if (data && /^[A-Z]\w*$/.test(dataType ?? '')) data.type = { text: `${dataType} | undefined` };

          declaration.events ??= [];
          if (!declaration.events.some((e) => e.name === ERROR_EVENT.name))
            declaration.events.push(ERROR_EVENT);

          const names = new Set((declaration.attributes ?? []).map((a) => a.name));
          const missing = SHARED_ATTRIBUTES.filter((name) => !names.has(name));
          if (!data) missing.push('the data property');
          if (missing.length) {
            throw new Error(`<${tag}> (${mod.path}): the manifest lacks ${missing.join(', ')}`);
          }

          const definer = modules.find((m) => m.path === `src/${tag}.ts`);
          if (definer && !definer.exports?.some((e) => e.kind === 'custom-element-definition')) {
            (definer.exports ??= []).push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: shipped(mod.path) },
            });
          }
        }
      }
      const relink = (ref) => {
        if (ref?.module) ref.module = shipped(ref.module);
      };
      for (const mod of modules) {
        mod.path = shipped(mod.path);
        for (const declaration of mod.declarations ?? []) {
          relink(declaration.superclass);
          for (const list of ['members', 'attributes', 'events']) {
            for (const item of declaration[list] ?? []) relink(item.inheritedFrom);
          }
        }
        for (const each of mod.exports ?? []) relink(each.declaration);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Server rendering, React wrappers and the command line define no elements.
  exclude: ['src/ssr/**', 'src/react/**', 'src/cli/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [essayElements()],
};
