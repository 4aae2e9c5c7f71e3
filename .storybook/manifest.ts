/**
 * What Storybook learns from the Custom Elements Manifest (dist/custom-elements.json):
 * each element's attributes, properties, events, slots, parts and custom properties,
 * as arg types with controls, and the attribute names the render uses.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';
import manifest from 'virtual:custom-elements-manifest';

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
  fieldName?: string;
  inheritedFrom?: { name: string };
}

export interface Declaration {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

export { manifest };

const declarations = new Map<string, Declaration>(
  manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, declaration]),
);

/** The manifest's entry for `tag`. */
export function declarationOf(tag: string): Declaration | undefined {
  return declarations.get(tag);
}

/** The public instance fields that are not reflected from an attribute (`data`, `glossary`). */
function properties(declaration: Declaration): Item[] {
  return (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.attribute,
  );
}

/** The attribute names of `tag`, and its public properties that have none. */
export function inputsOf(tag: string): { attributes: Set<string>; properties: Set<string> } {
  const declaration = declarationOf(tag);
  return {
    attributes: new Set((declaration?.attributes ?? []).map((a) => a.name)),
    properties: new Set(declaration ? properties(declaration).map((p) => p.name) : []),
  };
}

/** `'a' | 'b' | undefined` → `['a', 'b']`; anything else → undefined. */
function literals(type: string | undefined): string[] | undefined {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  const values = parts.filter((part) => part !== 'undefined');
  if (!values.length || !values.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return values.map((part) => part.slice(1, -1));
}

/** The closed set of values a type like `Theme | undefined` names, where the manifest spells it out elsewhere. */
const NAMED_UNIONS: Record<string, string[]> = { Theme: ['light', 'dark', 'auto'] };

function input(item: Item, category: string, extra: Partial<InputType> = {}): InputType {
  const text = item.type?.text;
  return {
    name: item.name,
    description: item.description,
    table: {
      category,
      type: text ? { summary: text } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
    ...extra,
  };
}

function control(text: string | undefined): Partial<InputType> {
  const base = (text ?? '').replace(/\s*\|\s*undefined$/, '');
  const options = literals(text) ?? NAMED_UNIONS[base];
  if (options) return { options, control: { type: options.length > 3 ? 'select' : 'inline-radio' } };
  if (base === 'number') return { control: { type: 'number' } };
  if (base === 'boolean') return { control: { type: 'boolean' } };
  if (base === 'string') return { control: { type: 'text' } };
  return { control: { type: 'object' } };
}

/** Arg types for `tag`, grouped the way the docs table shows them. */
export function argTypesOf(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  if (!declaration) return {};
  const types: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    types[attribute.name] = input(attribute, 'attributes', control(attribute.type?.text));
  }
  for (const property of properties(declaration)) {
    types[property.name] = input(property, 'properties', control(property.type?.text));
  }
  const fixed = { control: false as const };
  for (const event of declaration.events ?? []) {
    types[`event:${event.name}`] = input(event, 'events', { ...fixed, name: event.name });
  }
  for (const slot of declaration.slots ?? []) {
    const name = slot.name || '(default)';
    types[`slot:${name}`] = input({ ...slot, name }, 'slots', fixed);
  }
  for (const part of declaration.cssParts ?? []) {
    types[`part:${part.name}`] = input(part, 'css shadow parts', fixed);
  }
  for (const property of declaration.cssProperties ?? []) {
    types[property.name] = input(property, 'css custom properties', fixed);
  }
  return types;
}
