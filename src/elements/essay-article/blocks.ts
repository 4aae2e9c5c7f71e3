/** The blocks of an essay's body: the element that renders each kind of structure, and their checking. */
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { ValidationIssue } from '../../core/base/errors.js';
import { BLOCK_ELEMENTS, type BlockElementTag } from '../../registry.js';
import { Block, BLOCK_DATA, type GlossaryEntry } from '../../schema/schema.js';
import { passedCheck, validate, type Validation } from '../../schema/validate.js';
import type { GenericSchema } from 'valibot';
import type { EssayElement } from '../../core/base/essay-element.js';
import { EditorNote } from '../editor-note/editor-note.js';
import { EventTimeline } from '../event-timeline/event-timeline.js';
import { InitiativeBridge } from '../initiative-bridge/initiative-bridge.js';
import { KeyPoints } from '../key-points/key-points.js';
import { LeaderMeeting } from '../leader-meeting/leader-meeting.js';
import { PrincipleList } from '../principle-list/principle-list.js';
import { PullQuote } from '../pull-quote/pull-quote.js';
import { ScenarioList } from '../scenario-list/scenario-list.js';

/** The class of each element that renders a structure of a body, by its tag (the block's type). */
export const BLOCK_CLASSES = {
  'pull-quote': PullQuote,
  'principle-list': PrincipleList,
  'leader-meeting': LeaderMeeting,
  'key-points': KeyPoints,
  'scenario-list': ScenarioList,
  'initiative-bridge': InitiativeBridge,
  'event-timeline': EventTimeline,
  'editor-note': EditorNote,
} satisfies Record<BlockElementTag, typeof EssayElement<GenericSchema>>;

/**
 * The tag of each block element, for the template that renders it. The tags are the
 * registry's constants, never data.
 */
const BLOCK_TAGS = Object.fromEntries(BLOCK_ELEMENTS.map((tag) => [tag, unsafeStatic(tag)])) as Record<
  BlockElementTag,
  StaticValue
>;

/** True for a valid block that an element renders (not a paragraph or heading). */
export function isStructure(result: Validation<Block>): boolean {
  return result.ok && result.value.type in BLOCK_TAGS;
}

/** Checks each block of a body on its own, so that a bad one degrades alone. */
export function checkBody(body: readonly unknown[]): {
  blocks: Validation<Block>[];
  errors: ValidationIssue[];
} {
  const blocks = body.map((block, i) => {
    const result = validate(Block, block, `body[${i}]`);
    // The element that renders a structure takes its data as checked here.
    if (result.ok && 'data' in result.value) passedCheck(BLOCK_DATA[result.value.type], result.value.data);
    return result;
  });
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
