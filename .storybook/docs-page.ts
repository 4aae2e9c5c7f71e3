/**
 * Each element's docs page: what it is, the primary story, its data type (printed
 * from the schema), its attributes, properties, events, slots, parts and custom
 * properties (from the Custom Elements Manifest), then every story.
 */
import { createElement as h, Fragment } from 'react';
import {
  Controls,
  Description,
  Heading,
  Markdown,
  Primary,
  Source,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import type { GenericSchema } from 'valibot';
import { dataTypeSnippet } from './data-type.js';
import { declarationOf } from './manifest.js';

function dataType(tag: string): string | undefined {
  const element = customElements.get(tag) as
    (CustomElementConstructor & { schema?: GenericSchema }) | undefined;
  const name = declarationOf(tag)
    ?.members?.find((m) => m.name === 'data')
    ?.type?.text.split(' ')[0];
  return element?.schema && dataTypeSnippet(element.schema, name);
}

export function DocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const tag = String(preparedMeta.component ?? '');
  const declaration = declarationOf(tag);
  const snippet = dataType(tag);
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle, null, declaration?.summary ? h(Markdown, null, declaration.summary) : null),
    h(Description),
    h(Primary),
    snippet
      ? h(
          Fragment,
          null,
          h(Heading, null, 'Data'),
          h(
            Markdown,
            null,
            `Set as the \`data\` property, as JSON in a child \`<script type="application/json">\`, or as a JSON file at \`src\` (in that order of precedence). Invalid data dispatches \`essay-widget-error\` and shows the light-DOM fallback or a short notice.`,
          ),
          h(Source, { language: 'typescript', code: snippet, dark: true }),
        )
      : null,
    h(Heading, null, 'API'),
    h(Controls),
    h(Stories, { includePrimary: false }),
  );
}
