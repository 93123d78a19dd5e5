import { readFile } from 'node:fs/promises';
import { InvalidInputError } from '@triagekit/core';

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
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? '' : ` at ${lineAndColumn(text, Number(position))}`;
    throw new InvalidInputError({
      source: `${what} ${path}`,
      issues: [{ path: '', message: `is not valid JSON${where}: ${message}` }],
      cause: error,
    });
  }
}
