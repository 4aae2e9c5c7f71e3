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
