import { type DocumentMetadataValue, type InputIssue, InvalidInputError } from '@triagekit/core';
import type { FrontMatterField } from './parse-front-matter.js';

/** What the front matter says about a document; all optional. */
export interface DocumentHeader {
  readonly id?: string;
  readonly title?: string;
  readonly metadata: Record<string, DocumentMetadataValue>;
}

const listKeys = new Set(['services', 'alerts', 'tags']);
const kinds = new Map([
  ['runbook', 'runbook'],
  ['post-mortem', 'post-mortem'],
  ['postmortem', 'post-mortem'],
  ['post mortem', 'post-mortem'],
]);

/**
 * Turns front matter into a document's id, title and metadata. Known keys: `id`, `title` (strings);
 * `kind` (`runbook` or `post-mortem`, default `runbook`); `services`, `alerts`, `tags` (a string or a list
 * of strings, stored as lists); `resolution`, `severity`, `url` (strings). Any other key is kept as
 * metadata when its value is a string, number, boolean or list of strings; dates stay strings.
 * @throws InvalidInputError naming the file and, for each offending key, its line and what was expected.
 */
export function frontMatterToMetadata(
  fields: ReadonlyMap<string, FrontMatterField>,
  source: string,
): DocumentHeader {
  const issues: InputIssue[] = [];
  const metadata: Record<string, DocumentMetadataValue> = {};
  let id: string | undefined;
  let title: string | undefined;
  const fail = (key: string, line: number, message: string) =>
    issues.push({ path: `line ${line} (${key})`, message });
  for (const [key, { value, line }] of fields) {
    if (value === null || value === undefined) continue;
    if (key === 'id' || key === 'title') {
      if (typeof value !== 'string' && typeof value !== 'number') {
        fail(key, line, `expected a string, got ${describe(value)}`);
      } else if (String(value).trim() === '') fail(key, line, 'must not be empty');
      else if (key === 'id') id = String(value).trim();
      else title = String(value).trim();
    } else if (key === 'kind') {
      const kind = typeof value === 'string' ? kinds.get(value.trim().toLowerCase()) : undefined;
      if (kind === undefined) fail(key, line, `expected "runbook" or "post-mortem", got ${describe(value)}`);
      else metadata.kind = kind;
    } else if (listKeys.has(key)) {
      const list = typeof value === 'string' ? [value] : value;
      if (
        !Array.isArray(list) ||
        !list.every((item) => typeof item === 'string' || typeof item === 'number')
      ) {
        fail(key, line, `expected a string or a list of strings, got ${describe(value)}`);
      } else metadata[key] = list.map((item) => String(item).trim()).filter((item) => item !== '');
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      metadata[key] = typeof value === 'string' ? value.trim() : value;
    } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      metadata[key] = value;
    } else {
      fail(key, line, `expected a string, number, boolean or list of strings, got ${describe(value)}`);
    }
  }
  if (issues.length > 0) {
    throw new InvalidInputError({
      source: `front matter of ${source}`,
      issues,
      hint: 'Fix these keys and index again.',
    });
  }
  metadata.kind ??= 'runbook';
  return { ...(id !== undefined ? { id } : {}), ...(title !== undefined ? { title } : {}), metadata };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list with other things than strings';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return JSON.stringify(value);
}
