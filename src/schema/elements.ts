/** Each element's data: its schema and type, from its own module (`src/schema/<tag>.ts`). */
export * from './editor-note.js';
export * from './essay-byline.js';
export * from './event-timeline.js';
export * from './glossary-term.js';
export * from './initiative-bridge.js';
export * from './key-points.js';
export * from './leader-meeting.js';
export * from './principle-list.js';
export * from './pull-quote.js';
export * from './scenario-list.js';
