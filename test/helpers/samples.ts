/**
 * Sample data for every element, found in an essay by each element's own schema, so that
 * suites over all elements cover a new element without being told about it.
 */
import { elements, validate, type EssayData } from '../../src/index.js';

export type Tag = keyof typeof elements;

/** Every object in `value`, itself included, depth first. */
function objects(value: unknown): object[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (!value || typeof value !== 'object') return [];
  return [value, ...Object.values(value).flatMap(objects)];
}

/** Up to `count` values in the essay that are valid data for each element, the richest first. */
export function samplesFrom(essay: EssayData, count = 2): Record<Tag, unknown[]> {
  const all = objects(essay);
  const size = (value: object) => JSON.stringify(value).length;
  return Object.fromEntries(
    Object.entries(elements).map(([tag, element]) => [
      tag,
      all
        .filter((value) => validate(element.schema, value).ok)
        .sort((a, b) => size(b) - size(a))
        .slice(0, count),
    ]),
  ) as Record<Tag, unknown[]>;
}

/** The test essay (test/fixtures/essay.json), which has data for every element. */
export async function loadEssay(): Promise<EssayData> {
  const response = await fetch('/test/fixtures/essay.json');
  return (await response.json()) as EssayData;
}
