import { stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { InvalidInputError, type StoredDocumentV1 } from '@triagekit/core';
import { DEFAULT_MAX_DOCUMENT_CHARACTERS } from './ingestion-limits.js';
import type { IngestionResult, SkippedInput } from './ingestion-result.js';
import { listMarkdownFiles, MARKDOWN_EXTENSIONS } from './list-markdown-files.js';
import { readJsonlDocuments } from './read-jsonl-documents.js';
import { readMarkdownDocument } from './read-markdown-document.js';

/** Options of {@link readKnowledgeBase}. */
export interface ReadKnowledgeBaseOptions {
  /** Where relative paths start, and what messages show paths relative to. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Largest document body, in characters; bigger ones are skipped with a reason. Default 2,000,000. */
  readonly maxDocumentCharacters?: number;
  /** Checked between files. */
  readonly abortSignal?: AbortSignal;
}

/**
 * Reads runbooks and post-mortems from `paths`: a directory is searched recursively for Markdown files
 * (`.md`, `.markdown`, `.mdx`; id = path below the directory without the extension, e.g.
 * `payments/high-latency`), a `.jsonl` file holds one document per line, a Markdown file is one document
 * (id = its name). Files and lines that cannot be used are skipped with their reason; the rest is read.
 * A duplicate id keeps its last definition, with a warning.
 * @throws InvalidInputError when a path does not exist or is neither a directory, a `.jsonl` file nor a
 * Markdown file; the signal's reason when aborted.
 */
export async function readKnowledgeBase(
  paths: readonly string[],
  options: ReadKnowledgeBaseOptions = {},
): Promise<IngestionResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxCharacters = options.maxDocumentCharacters ?? DEFAULT_MAX_DOCUMENT_CHARACTERS;
  const display = (path: string) => {
    const shown = relative(cwd, path);
    return (shown === '' || shown.startsWith('..') ? path : shown).split(sep).join('/');
  };
  const byId = new Map<string, { document: StoredDocumentV1; source: string }>();
  const skipped: SkippedInput[] = [];
  const warnings: string[] = [];
  const add = (document: StoredDocumentV1, source: string) => {
    const previous = byId.get(document.id);
    if (previous !== undefined) {
      warnings.push(
        `Duplicate id "${document.id}": ${source} replaces ${previous.source} (the last definition wins).`,
      );
    }
    byId.set(document.id, { document, source });
  };
  for (const given of paths) {
    options.abortSignal?.throwIfAborted();
    const path = resolve(cwd, given);
    const kind = await classify(path, given);
    if (kind === 'jsonl') {
      const read = await readJsonlDocuments(path, { displayPath: display(path), maxCharacters });
      for (const { document, source } of read.documents) add(document, source);
      skipped.push(...read.skipped);
      continue;
    }
    const files = kind === 'directory' ? await listMarkdownFiles(path) : [path];
    if (kind === 'directory' && files.length === 0) {
      warnings.push(`${display(path)} holds no Markdown files (${MARKDOWN_EXTENSIONS.join(', ')}).`);
    }
    for (const file of files) {
      options.abortSignal?.throwIfAborted();
      const base = kind === 'directory' ? relative(path, file) : relative(resolve(file, '..'), file);
      const defaultId = base
        .slice(0, base.length - extname(base).length)
        .split(sep)
        .join('/');
      try {
        add(
          await readMarkdownDocument(file, { defaultId, displayPath: display(file), maxCharacters }),
          display(file),
        );
      } catch (error) {
        skipped.push({ source: display(file), reason: describeError(error) });
      }
    }
  }
  return { documents: [...byId.values()].map((entry) => entry.document), skipped, warnings };
}

async function classify(path: string, given: string): Promise<'directory' | 'jsonl' | 'markdown'> {
  const problem = (message: string, cause?: unknown) =>
    new InvalidInputError({
      source: `knowledge base path ${given}`,
      issues: [{ path: '', message }],
      hint: 'Give a directory of Markdown files, a Markdown file, or a .jsonl file with {"id", "title", "text"} per line.',
      cause,
    });
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw problem(
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (error as Error).message,
      error,
    );
  }
  if (info.isDirectory()) return 'directory';
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (MARKDOWN_EXTENSIONS.some((extension) => lower.endsWith(extension))) return 'markdown';
  throw problem('is neither a directory, a .jsonl file nor a Markdown file');
}

function describeError(error: unknown): string {
  if (InvalidInputError.isInstance(error)) {
    return error.issues
      .map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`))
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
