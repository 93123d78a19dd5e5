import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Suffix of files being written; `<name>.<pid>.<random>.tmp`, so their writer's process can be checked. */
export const TEMPORARY_SUFFIX = '.tmp';

/**
 * Writes `data` to `directory/name` so that the file is either absent, or complete and on disk: the
 * bytes go to a temporary file in the same directory (named after this process, so a later open can tell
 * a dead writer's leftovers from a live one), which is flushed with fsync, then renamed over `name` (an
 * atomic replace on POSIX file systems), and the directory is flushed so the rename survives a power cut.
 * On failure the temporary file is removed and the error rethrown.
 */
export async function writeFileDurably(directory: string, name: string, data: Uint8Array): Promise<void> {
  const temporary = join(
    directory,
    `${name}.${process.pid}.${randomBytes(4).toString('hex')}${TEMPORARY_SUFFIX}`,
  );
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, join(directory, name));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/** Flushes a directory's entries (renames, new files). Windows cannot open directories: skipped there. */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
