import { adoptStyles, type LitElement } from 'lit';
import { VERSION } from './version.js';

/** What `defineElement` needs to know of an element class. */
export interface Definable extends CustomElementConstructor {
  readonly version?: string;
}

const warned = new Set<string>();

/**
 * Registers `element` as `tag` once. Defining again (the bundle loaded twice, or two
 * copies of the library) is a no-op; a copy of a different version is named in one
 * `console.warn`. Without a registry (Node, no DOM) nothing happens.
 */
export function defineElement(
  tag: string,
  element: Definable,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return;
  const existing = registry.get(tag) as Definable | undefined;
  if (existing) {
    const version = existing.version ?? 'unknown';
    if (existing !== element && version !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `essay-widgets: <${tag}> is already defined by version ${version}; version ${VERSION} left it as it is.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch {
    // A constructor registers only once per registry: a second tag gets a subclass.
    registry.define(tag, class extends element {});
  }
}

/**
 * The shadow root of an element created in a scoped custom element registry (where the engine
 * has them): one that uses that registry, so that the elements rendered inside come from it
 * too. `undefined` for an element of the page's registry, or in an engine without them.
 */
export function scopedRenderRoot(el: LitElement): ShadowRoot | undefined {
  const registry = (el as { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry;
  if (el.shadowRoot || !registry || registry === globalThis.customElements) return undefined;
  const element = el.constructor as typeof LitElement;
  const root = el.attachShadow({
    ...element.shadowRootOptions,
    customElementRegistry: registry,
  } as ShadowRootInit);
  adoptStyles(root, element.elementStyles);
  // Lit creates a template's elements with `importNode`: with this registry, here.
  const importNode = document.importNode as (node: Node, options: object) => Node;
  (el as unknown as { renderOptions: { creationScope: object } }).renderOptions.creationScope = {
    importNode: (node: Node, deep?: boolean) =>
      importNode.call(document, node, { selfOnly: !deep, customElementRegistry: registry }),
  };
  return root;
}
