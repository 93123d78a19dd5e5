import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InvalidInputError, type StoredDocumentV1 } from '@triagekit/core';
import { frontMatterToMetadata } from './front-matter-to-metadata.js';
import { DEFAULT_MAX_DOCUMENT_CHARACTERS } from './ingestion-limits.js';
import { parseFrontMatter } from './parse-front-matter.js';

/**
 * Reads one Markdown runbook or post-mortem: front matter (see `frontMatterToMetadata`) and body. The id is
 * the front matter's `id`, else `defaultId`; the title is the front matter's `title`, else the first
 * `# ` heading, else the file name. Metadata gets `path` (the file, as shown in messages) unless the front
 * matter sets one.
 * @param displayPath - the file as messages name it, relative to the working directory.
 * @throws InvalidInputError naming the file (and line, for front matter): unreadable, binary, invalid
 * front matter, an empty body, or a body above `maxCharacters`.
 */
export async function readMarkdownDocument(
  file: string,
  options: { readonly defaultId: string; readonly displayPath: string; readonly maxCharacters: number },
): Promise<StoredDocumentV1> {
  return parseMarkdownDocument(await readFile(file, 'utf8'), options);
}

/**
 * Parses the text of one Markdown runbook or post-mortem, exactly as {@link readMarkdownDocument} reads a
 * file: for documents that do not live on disk (bundled with an application, fetched from a wiki).
 * @throws InvalidInputError naming `displayPath`, as {@link readMarkdownDocument} does.
 */
export function parseMarkdownDocument(
  content: string,
  options: { readonly defaultId: string; readonly displayPath: string; readonly maxCharacters?: number },
): StoredDocumentV1 {
  const { displayPath } = options;
  const maxCharacters = options.maxCharacters ?? DEFAULT_MAX_DOCUMENT_CHARACTERS;
  const problem = (message: string, hint?: string) =>
    new InvalidInputError({ source: `Markdown file ${displayPath}`, issues: [{ path: '', message }], hint });
  if (content.includes('\u0000')) throw problem('is binary, not Markdown text');
  const { fields, body } = parseFrontMatter(content, displayPath);
  const header = frontMatterToMetadata(fields, displayPath);
  if (body.trim() === '') {
    throw problem(
      'is empty: it has no text after its front matter, so there is nothing to search',
      'Write the runbook text below the front matter, or remove the file.',
    );
  }
  if (body.length > maxCharacters) {
    throw problem(
      `is ${body.length} characters long, above the limit of ${maxCharacters}`,
      'Split it into several documents, or raise maxDocumentCharacters.',
    );
  }
  const heading = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1]?.trim();
  const title = header.title ?? heading ?? basename(displayPath, extname(displayPath));
  return {
    id: header.id ?? options.defaultId,
    title,
    text: body.replace(/^\s*\n/, ''),
    metadata: { path: displayPath, ...header.metadata },
  };
}
