import { InvalidInputError } from '@triagekit/core';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/** One front matter key with its value and the line it is on. */
export interface FrontMatterField {
  readonly value: unknown;
  /** 1-based line in the file. */
  readonly line: number;
}

/** A Markdown file split into its front matter and its body. */
export interface FrontMatter {
  /** Keys in file order; empty when the file has no front matter. */
  readonly fields: ReadonlyMap<string, FrontMatterField>;
  /** The Markdown after the front matter. */
  readonly body: string;
}

const openingPattern = /^\uFEFF?---[ \t]*\r?\n/;
const closingPattern = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits YAML front matter (between a first line `---` and the next line `---` or `...`) from a Markdown
 * file and parses it with `yaml` (YAML 1.2 core schema: dates stay strings). A file that does not start
 * with `---` has no front matter.
 * @param source - the file, for messages.
 * @throws InvalidInputError naming `source` and the line: front matter that is never closed, YAML that
 * does not parse, duplicate keys, or front matter that is not a mapping of keys to values.
 */
export function parseFrontMatter(content: string, source: string): FrontMatter {
  const opening = openingPattern.exec(content);
  if (!opening) return { fields: new Map(), body: content.replace(/^\uFEFF/, '') };
  const lines = content.slice(opening[0].length).split('\n');
  const closing = lines.findIndex((line) => closingPattern.test(line.replace(/\r$/, '')));
  if (closing < 0) {
    throw invalid(
      source,
      1,
      'front matter starts with "---" on line 1 but is never closed; end it with a line "---"',
    );
  }
  const yamlText = lines.slice(0, closing).join('\n');
  const body = lines.slice(closing + 1).join('\n');
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // The YAML starts on the file's second line.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const [error] = document.errors;
  if (error) {
    throw invalid(
      source,
      fileLine(error.pos[0]),
      `front matter is not valid YAML: ${firstLine(error.message)}`,
    );
  }
  const fields = new Map<string, FrontMatterField>();
  if (document.contents === null) return { fields, body };
  if (!isMap(document.contents)) {
    throw invalid(source, 2, 'front matter must be a mapping of keys to values, e.g. "title: Disk full"');
  }
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const line = fileLine(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
    if (typeof key !== 'string' && typeof key !== 'number') {
      throw invalid(source, line, 'front matter keys must be plain words, e.g. "title"');
    }
    const value = pair.value === null ? null : (pair.value as { toJSON(): unknown }).toJSON();
    fields.set(String(key), { value, line });
  }
  return { fields, body };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function invalid(source: string, line: number, message: string): InvalidInputError {
  return new InvalidInputError({
    source: `front matter of ${source}`,
    issues: [{ path: `line ${line}`, message }],
    hint: 'Fix the front matter (YAML between two "---" lines at the top of the file) and index again.',
  });
}
