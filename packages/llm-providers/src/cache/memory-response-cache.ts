import { checkPositiveInteger, throwIfIssues } from '../internal/option-checks.js';
import type { CachedResponse, ResponseCache } from './response-cache.js';

/** Options of {@link createMemoryResponseCache}. */
export interface MemoryResponseCacheOptions {
  /** Most entries kept; the least recently used goes first. Default 1,000. */
  readonly maxEntries?: number;
}

/**
 * A {@link ResponseCache} in process memory, bounded to `maxEntries` with least-recently-used eviction.
 * Entries are lost when the process ends. Entries are copied in and out, so no caller can change what a
 * later hit returns.
 * @throws InvalidInputError when `maxEntries` is not a positive integer.
 */
export function createMemoryResponseCache(options: MemoryResponseCacheOptions = {}): ResponseCache {
  throwIfIssues('createMemoryResponseCache options', checkPositiveInteger('maxEntries', options.maxEntries));
  const maxEntries = options.maxEntries ?? 1000;
  // A Map iterates in insertion order: re-inserting on every read keeps the least recently used first.
  const entries = new Map<string, CachedResponse>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return structuredClone(entry);
    },
    async set(key, entry) {
      entries.delete(key);
      entries.set(key, structuredClone(entry));
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}
