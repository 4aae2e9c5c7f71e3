/**
 * React wrappers: one component per element, with the element's properties as typed props
 * (`data`, `theme`, `headingLevel`, `src`…) and `onEssayWidgetError` for its error event.
 * Importing this module defines every element.
 *
 * ```tsx
 * import { PullQuote } from 'essay-widgets/react';
 * <PullQuote data={{ text: 'My most intimate friend.' }} onEssayWidgetError={(e) => log(e.detail.errors)} />
 * ```
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { ERROR_EVENT, type EssayWidgetErrorDetail } from '../core/base/errors.js';
import { elements } from '../index.js';
import { className, type PascalCase } from '../registry.js';

const events = {
  onEssayWidgetError: ERROR_EVENT as EventName<CustomEvent<EssayWidgetErrorDetail>>,
};

type Elements = typeof elements;

/** The React component for an element class. */
export type EssayComponent<E extends Elements[keyof Elements]> = ReactWebComponent<
  InstanceType<E>,
  typeof events
>;

/** Every wrapper, named like its element's class (`PullQuote` for `<pull-quote>`). */
export type EssayComponents = { [T in keyof Elements as PascalCase<T>]: EssayComponent<Elements[T]> };

/** Every wrapper, by component name, made from the element registry. */
export const components = Object.fromEntries(
  Object.entries(elements).map(([tag, elementClass]) => [
    className(tag),
    createComponent({
      react: React,
      tagName: tag,
      elementClass: elementClass as new () => HTMLElement,
      events,
      displayName: className(tag),
    }),
  ]),
) as EssayComponents;

// Named exports are written out for bundlers to see; test/node/registry.test.mjs checks them against the registry.
export const {
  PullQuote,
  PrincipleList,
  LeaderMeeting,
  KeyPoints,
  ScenarioList,
  InitiativeBridge,
  EventTimeline,
  EssayByline,
  EditorNote,
  GlossaryTerm,
  EssayArticle,
} = components;
