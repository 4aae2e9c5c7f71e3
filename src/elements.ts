/**
 * Every element class and the core types, without defining any element: for pages
 * that register custom tags or scoped registries themselves.
 */
export { PullQuote } from './elements/pull-quote/pull-quote.js';
export { PrincipleList } from './elements/principle-list/principle-list.js';
export { LeaderMeeting } from './elements/leader-meeting/leader-meeting.js';
export { KeyPoints } from './elements/key-points/key-points.js';
export { ScenarioList } from './elements/scenario-list/scenario-list.js';
export { InitiativeBridge } from './elements/initiative-bridge/initiative-bridge.js';
export { EventTimeline } from './elements/event-timeline/event-timeline.js';
export { EssayByline } from './elements/essay-byline/essay-byline.js';
export { EditorNote } from './elements/editor-note/editor-note.js';
export { GlossaryTerm } from './elements/glossary-term/glossary-term.js';
export { EssayArticle } from './elements/essay-article/essay-article.js';
export { EssayElement } from './core/base/essay-element.js';
export type { Theme } from './core/styles/styles.js';
export { ERROR_EVENT, type EssayWidgetErrorDetail } from './core/base/errors.js';
export { VERSION } from './core/base/version.js';
export { defineLocale, SHIPPED_LOCALES, type LocaleSource } from './core/i18n/i18n.js';
export type { LocaleStrings } from './core/i18n/strings.js';
export { validate, type ValidationIssue, type Validation } from './schema/validate.js';
