import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkNonEmptyString, throwIfIssues } from '../internal/option-checks.js';
import { isCachedResponse } from './is-cached-response.js';
import type { CachedResponse, ResponseCache } from './response-cache.js';

/** Options of {@link createFileResponseCache}. */
export interface FileResponseCacheOptions {
  /** Folder of the entries (one `<key>.json` file each); created on the first store, mode 0700. */
  readonly directory: string;
}

const keyPattern = /^[0-9a-f]{64}$/;

function entryPath(directory: string, key: string): string {
  // The key becomes a file name: anything but a hash could climb out of the folder.
  if (!keyPattern.test(key))
    throw new Error(`"${key}" is not a response cache key (64 lowercase hex digits)`);
  return join(directory, `${key}.json`);
}

/**
 * A {@link ResponseCache} on disk: one JSON file per answer, holding the redacted prompt and the answer
 * (never an API key or a header). Files are written atomically — to a temporary file, then renamed — with
 * mode 0600, so a reader never sees half an entry and other users cannot read prompts. A file that is not
 * valid JSON or not an entry makes `get` throw, which {@link withResponseCache} turns into a warning and a
 * model call; the next store replaces it.
 * @throws InvalidInputError when `directory` is missing.
 */
export function createFileResponseCache(options: FileResponseCacheOptions): ResponseCache {
  throwIfIssues(
    'createFileResponseCache options',
    checkNonEmptyString('directory', options?.directory, true),
  );
  const { directory } = options;
  return {
    async get(key) {
      const path = entryPath(directory, key);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new Error(`${path} is not valid JSON (${(error as Error).message})`, { cause: error });
      }
      if (!isCachedResponse(parsed)) throw new Error(`${path} is not a response cache entry`);
      return parsed;
    },
    async set(key, entry: CachedResponse) {
      const path = entryPath(directory, key);
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, `${JSON.stringify(entry, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
