import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes an executable shell script named `name` into `directory` and returns its path: a stand-in for
 * the git executable where the real one cannot show a behaviour on demand (hanging, flooding its output).
 * Only the process control around git is tested with it, never git's output format.
 */
export async function createFakeGit(directory: string, name: string, body: string): Promise<string> {
  const path = join(directory, name);
  await writeFile(path, `#!/bin/sh\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

/** True while a process with this id exists (signal 0 checks without sending anything). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
