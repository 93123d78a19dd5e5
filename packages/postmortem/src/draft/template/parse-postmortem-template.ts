import { type InputIssue, InvalidInputError } from '@triagekit/core';
import { POSTMORTEM_SECTION_NAMES, type PostmortemSectionName } from '../postmortem-draft.js';

/** Values a template can show besides sections: `{{title}}`, `{{incident}}`, `{{generated-at}}`. */
export const POSTMORTEM_TEMPLATE_FIELDS = ['title', 'incident', 'generated-at'] as const;
/** One of {@link POSTMORTEM_TEMPLATE_FIELDS}. */
export type PostmortemTemplateField = (typeof POSTMORTEM_TEMPLATE_FIELDS)[number];

/** A template split into literal text and placeholders. */
export type PostmortemTemplatePart =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'section'; readonly name: PostmortemSectionName }
  | { readonly type: 'field'; readonly name: PostmortemTemplateField };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const SECTIONS: ReadonlySet<string> = new Set(POSTMORTEM_SECTION_NAMES);
const FIELDS: ReadonlySet<string> = new Set(POSTMORTEM_TEMPLATE_FIELDS);

function position(template: string, index: number): string {
  const before = template.slice(0, index);
  const line = before.split('\n').length;
  return `line ${line}, column ${index - before.lastIndexOf('\n')}`;
}

/**
 * Parses a post-mortem template: Markdown with placeholders in double braces.
 * - `{{section:NAME}}` is replaced by that section's statements (a Markdown list), NAME one of
 *   `POSTMORTEM_SECTION_NAMES`; a section may appear more than once or not at all;
 * - `{{title}}`, `{{incident}}`, `{{generated-at}}` by the draft's title, incident id and time;
 * - `\{{` writes literal braces.
 * Everything else is copied as it is, so headings, front matter and prose are yours.
 * @throws InvalidInputError listing every unknown placeholder with its line and column and the known names.
 */
export function parsePostmortemTemplate(
  template: string,
  source = 'post-mortem template',
): PostmortemTemplatePart[] {
  const parts: PostmortemTemplatePart[] = [];
  const issues: InputIssue[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (text !== '') parts.push({ type: 'text', text: text.replaceAll('\\{{', '{{') });
  };
  for (const match of template.matchAll(PLACEHOLDER)) {
    const index = match.index;
    if (template[index - 1] === '\\') continue;
    pushText(template.slice(last, index));
    last = index + match[0].length;
    const body = match[1] ?? '';
    const sectionName = body.startsWith('section:') ? body.slice('section:'.length).trim() : null;
    if (sectionName !== null && SECTIONS.has(sectionName)) {
      parts.push({ type: 'section', name: sectionName as PostmortemSectionName });
    } else if (sectionName !== null) {
      issues.push({
        path: position(template, index),
        message: `unknown section "${sectionName}" in ${match[0]}; known sections: ${POSTMORTEM_SECTION_NAMES.join(', ')}`,
      });
    } else if (FIELDS.has(body)) {
      parts.push({ type: 'field', name: body as PostmortemTemplateField });
    } else {
      issues.push({
        path: position(template, index),
        message: `unknown placeholder ${match[0]}; use {{section:NAME}} or one of ${POSTMORTEM_TEMPLATE_FIELDS.map((field) => `{{${field}}}`).join(', ')}`,
      });
    }
  }
  pushText(template.slice(last));
  if (issues.length > 0) {
    throw new InvalidInputError({ source, issues, hint: 'Write \\{{ for literal braces.' });
  }
  return parts;
}
