import { realpath, stat } from 'node:fs/promises';
import { describeError } from '../internal/describe-error.js';

/**
 * The repository directory with symbolic links resolved, or why it cannot be used: it does not exist,
 * is not a directory, or cannot be read. Never rejects.
 */
export async function openRepositoryDirectory(
  path: string,
): Promise<{ readonly directory: string } | { readonly problem: string }> {
  try {
    const directory = await realpath(path);
    if (!(await stat(directory)).isDirectory()) {
      return { problem: 'is not a directory; point path at a clone of the repository' };
    }
    return { directory };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: 'does not exist; clone the repository there or fix path' };
    if (code === 'EACCES')
      return { problem: `cannot be read (${describeError(error)}); grant read access to the clone` };
    return { problem: `cannot be opened: ${describeError(error)}` };
  }
}
