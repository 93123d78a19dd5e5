import { readFile } from 'node:fs/promises';
import { InvalidInputError } from '@triagekit/core';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * Reads and parses a JSON file, throwing `InvalidInputError` that names the file and, for syntax
 * errors, the line and column.
 * @param what - what the file is, for messages (e.g. `alert file`).
 */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidInputError({
      source: `${what} ${path}`,
      issues: [
        {
          path: '',
          message: code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`,
        },
      ],
      cause: error,
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // JSON.parse does not say where it failed on every Node version; a tolerant parser does.
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const where = first
      ? ` at ${lineAndColumn(text, first.offset)} (${printParseErrorCode(first.error)})`
      : '';
    throw new InvalidInputError({
      source: `${what} ${path}`,
      issues: [{ path: '', message: `is not valid JSON${where}: ${(error as Error).message}` }],
      cause: error,
    });
  }
}
