/**
 * Defines every essay element and exports the classes, the schema and the types (the
 * npm entry; the CDN files start from `cdn.ts`).
 */
import {
  EditorNote,
  EssayArticle,
  EssayByline,
  EventTimeline,
  GlossaryTerm,
  InitiativeBridge,
  KeyPoints,
  LeaderMeeting,
  PrincipleList,
  PullQuote,
  ScenarioList,
} from './elements.js';

/** Every element class, by its default tag. */
export const elements = {
  'pull-quote': PullQuote,
  'principle-list': PrincipleList,
  'leader-meeting': LeaderMeeting,
  'key-points': KeyPoints,
  'scenario-list': ScenarioList,
  'initiative-bridge': InitiativeBridge,
  'event-timeline': EventTimeline,
  'essay-byline': EssayByline,
  'editor-note': EditorNote,
  'glossary-term': GlossaryTerm,
  'essay-article': EssayArticle,
} as const;

/** Defines every element under its default tag (idempotent), in `registry` if given. */
export function define(registry?: CustomElementRegistry): void {
  for (const element of Object.values(elements)) element.define(undefined, registry);
}

define();

export * from './elements.js';
export * from './schema/schema.js';
