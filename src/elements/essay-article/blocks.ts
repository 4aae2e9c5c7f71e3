/** The blocks of an essay's body: the element that renders each kind of structure, and their checking. */
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { ValidationIssue } from '../../core/errors.js';
import { Block, type GlossaryEntry, type WidgetBlockType } from '../../schema/schema.js';
import { validate, type Validation } from '../../schema/validate.js';
import { EditorNote } from '../editor-note/editor-note.js';
import { EventTimeline } from '../event-timeline/event-timeline.js';
import { InitiativeBridge } from '../initiative-bridge/initiative-bridge.js';
import { KeyPoints } from '../key-points/key-points.js';
import { LeaderMeeting } from '../leader-meeting/leader-meeting.js';
import { PrincipleList } from '../principle-list/principle-list.js';
import { PullQuote } from '../pull-quote/pull-quote.js';
import { ScenarioList } from '../scenario-list/scenario-list.js';

/** The elements that render the structures of a body. */
export const BLOCK_ELEMENTS = [
  PullQuote,
  PrincipleList,
  LeaderMeeting,
  KeyPoints,
  ScenarioList,
  InitiativeBridge,
  EventTimeline,
  EditorNote,
];

/** The element that renders each kind of structure: its tag is the block's type. */
export const BLOCK_TAGS: Record<WidgetBlockType, StaticValue> = {
  'pull-quote': literal`pull-quote`,
  'principle-list': literal`principle-list`,
  'leader-meeting': literal`leader-meeting`,
  'key-points': literal`key-points`,
  'scenario-list': literal`scenario-list`,
  'initiative-bridge': literal`initiative-bridge`,
  'event-timeline': literal`event-timeline`,
  'editor-note': literal`editor-note`,
};

/** True for a valid block that an element renders (not a paragraph or heading). */
export function isStructure(result: Validation<Block>): boolean {
  return result.ok && result.value.type in BLOCK_TAGS;
}

/** Checks each block of a body on its own, so that a bad one degrades alone. */
export function checkBody(body: readonly unknown[]): {
  blocks: Validation<Block>[];
  errors: ValidationIssue[];
} {
  const blocks = body.map((block, i) => validate(Block, block, `body[${i}]`));
  return { blocks, errors: blocks.flatMap((result) => (result.ok ? [] : result.errors)) };
}

type WidgetBlock = Extract<Block, { data: unknown }>;

/** What a structure takes from the essay it is in: its heading level, glossary and theme. */
export interface StructureContext {
  level: number;
  glossary: readonly GlossaryEntry[] | undefined;
  theme: string | undefined;
}

/** A structure of the body (or an editor's note of the footer), rendered by its element. */
export function structure(block: WidgetBlock, context: StructureContext, part = 'block'): TemplateResult {
  const tag = BLOCK_TAGS[block.type];
  return staticHtml`<${tag}
    part=${part}
    .data=${block.data}
    .glossary=${context.glossary}
    .headingLevel=${context.level}
    theme=${ifDefined(context.theme)}
    .embedded=${true}
  ></${tag}>`;
}
