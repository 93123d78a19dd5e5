import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** File name endings read as Markdown. */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdx'];

/**
 * The Markdown files under `directory`, recursively, sorted by path so ids and duplicate handling are
 * the same on every machine. Hidden entries (`.git`, `.obsidian`) and `node_modules` are not entered;
 * symbolic links are not followed, so a link cycle cannot loop.
 */
export async function listMarkdownFiles(directory: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (
        entry.isFile() &&
        MARKDOWN_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))
      ) {
        files.push(path);
      }
    }
  };
  await walk(directory);
  return files.sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
}
