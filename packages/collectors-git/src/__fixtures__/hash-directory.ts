import { createHash } from 'node:crypto';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * A fingerprint of everything under `root`, `.git` included: one line per entry, sorted, with its
 * relative path, its type, and the SHA-256 of a file's bytes (or a symbolic link's target). Two equal
 * fingerprints mean no file was created, deleted or changed in between.
 */
export async function hashDirectory(root: string): Promise<string[]> {
  const lines: string[] = [];
  const walk = async (directory: string): Promise<void> => {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      const name = relative(root, path);
      if (entry.isDirectory()) {
        lines.push(`${name}/`);
        await walk(path);
      } else if (entry.isSymbolicLink()) {
        lines.push(`${name} -> ${await readlink(path)}`);
      } else {
        lines.push(
          `${name} ${createHash('sha256')
            .update(await readFile(path))
            .digest('hex')}`,
        );
      }
    }
  };
  await walk(root);
  return lines.sort();
}
