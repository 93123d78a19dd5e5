import type { PostmortemDraft, PostmortemSection, PostmortemStatement } from '../postmortem-draft.js';
import { DEFAULT_POSTMORTEM_TEMPLATE } from './default-postmortem-template.js';
import { type PostmortemTemplatePart, parsePostmortemTemplate } from './parse-postmortem-template.js';

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function citations(statement: PostmortemStatement): string {
  const ids = [...statement.entryIds, ...statement.evidenceIds];
  return ids.length > 0 ? ` [${ids.join(', ')}]` : '';
}

/** One statement as a Markdown list item; the kind decides the marker. */
export function renderStatement(statement: PostmortemStatement): string {
  const text = oneLine(statement.text);
  switch (statement.kind) {
    case 'no-data':
      return `- _${text}_`;
    case 'hypothesis':
      return `- **Hypothesis:** ${text}${citations(statement)}`;
    case 'action-item':
      return `- [ ] **Proposed:** ${text}${citations(statement)}`;
    default:
      return `- ${text}${citations(statement)}`;
  }
}

function renderSection(section: PostmortemSection, draft: Pick<PostmortemDraft, 'llm'>): string {
  const lines = section.statements.map(renderStatement);
  if (section.origin === 'llm' && draft.llm) {
    lines.push('', `_Written by ${draft.llm.modelId} from the cited entries; check it before publishing._`);
  }
  return lines.join('\n');
}

/**
 * Fills a template (default {@link DEFAULT_POSTMORTEM_TEMPLATE}) with a draft: each `{{section:NAME}}`
 * becomes a Markdown list of the section's statements with their citations in brackets.
 * @throws InvalidInputError for unknown placeholders (see `parsePostmortemTemplate`).
 */
export function renderPostmortemMarkdown(
  draft: Omit<PostmortemDraft, 'markdown'>,
  template: string | readonly PostmortemTemplatePart[] = DEFAULT_POSTMORTEM_TEMPLATE,
): string {
  const parts = typeof template === 'string' ? parsePostmortemTemplate(template) : template;
  const sections = new Map(draft.sections.map((section) => [section.name, section]));
  const fields = { title: draft.title, incident: draft.incidentId, 'generated-at': draft.generatedAt };
  return parts
    .map((part) => {
      if (part.type === 'text') return part.text;
      if (part.type === 'field') return fields[part.name];
      const section = sections.get(part.name);
      return section ? renderSection(section, draft) : '';
    })
    .join('');
}
