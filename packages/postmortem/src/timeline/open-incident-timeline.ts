import { mkdir, open, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  acquireTimelineLock,
  type ReleaseTimelineLock,
  type TimelineLockOptions,
} from './acquire-timeline-lock.js';
import {
  type PreparedTimelineEntry,
  placeTimelineEntry,
  prepareTimelineEntry,
} from './build-timeline-entry.js';
import { assertIncidentId } from './incident-id.js';
import type { IncidentTimeline } from './incident-timeline.js';
import { parseTimelineText } from './parse-timeline-text.js';
import { readTimelineTail } from './read-timeline-tail.js';
import type { TimelineEntry, TimelineEntryInput } from './timeline-entry.js';

/** Where the CLI keeps timelines, relative to the working directory. */
export const DEFAULT_TIMELINE_DIRECTORY = '.triagekit/incidents';

/** Options of {@link openIncidentTimeline}. */
export interface OpenIncidentTimelineOptions {
  /** Clock for default entry times and `recordedAt`; default the system clock. */
  readonly now?: () => Date;
  /** How appends wait for other writers; see {@link TimelineLockOptions}. */
  readonly lock?: TimelineLockOptions;
}

/** Options of {@link IncidentTimelineStore.appendMany}. */
export interface AppendTimelineEntriesOptions {
  /**
   * Called under the lock for each input with the entries already recorded (and those appended before it
   * in this call); return true to leave the input out. Makes "record once" idempotent across processes.
   */
  readonly skip?: (entry: PreparedTimelineEntry, existing: readonly TimelineEntry[]) => boolean;
}

/** An incident's append-only timeline file. */
export interface IncidentTimelineStore {
  readonly incidentId: string;
  /** `<directory>/<incidentId>.jsonl`, absolute. */
  readonly path: string;
  /**
   * Validates and appends one entry, assigning `id`, the next `sequence` and `recordedAt`.
   * @throws InvalidInputError for an invalid entry (nothing is written); TimeoutError when the lock stays
   * taken; file system errors (e.g. `EACCES`) as they are.
   */
  append(input: TimelineEntryInput): Promise<TimelineEntry>;
  /** Appends several entries with consecutive sequence numbers in one write; see {@link append}. */
  appendMany(
    inputs: readonly TimelineEntryInput[],
    options?: AppendTimelineEntriesOptions,
  ): Promise<TimelineEntry[]>;
  /**
   * Reads the timeline. A missing file is an empty timeline. Corrupt lines are skipped and listed in
   * `problems` with their line number; they never make the read fail.
   */
  read(): Promise<IncidentTimeline>;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return '';
    throw error;
  }
}

/** Writes all of `text` with as few `write` calls as the kernel allows: one, on local file systems. */
async function appendText(path: string, text: string): Promise<void> {
  const handle = await open(path, 'a');
  try {
    const buffer = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < buffer.length) {
      const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
      offset += bytesWritten;
    }
  } finally {
    await handle.close();
  }
}

// Appends to one file from this process run one at a time, so only one of them competes with other
// processes for the lock file (many in-process waiters polling the same lock would only slow each other).
const appendQueues = new Map<string, Promise<unknown>>();

function enqueueAppend<T>(path: string, task: () => Promise<T>): Promise<T> {
  const previous = appendQueues.get(path) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  appendQueues.set(path, settled);
  void settled.then(() => {
    if (appendQueues.get(path) === settled) appendQueues.delete(path);
  });
  return next;
}

/**
 * Opens (without touching the disk) the timeline of `incidentId` in `directory`: one JSON-lines file per
 * incident, `<directory>/<incidentId>.jsonl`. Appends are safe from several processes at once: each takes
 * the advisory lock `<file>.lock`, reads the last sequence number and adds its lines with a single `write`
 * on an `O_APPEND` descriptor, so lines never interleave and sequence numbers never repeat. A line left
 * unterminated by a crashed writer is closed off first, so it stays one reported, skipped line.
 * @param directory - created on the first append; relative paths resolve against the working directory.
 * @throws InvalidInputError when `incidentId` is not file-safe (see `INCIDENT_ID_PATTERN`).
 */
export function openIncidentTimeline(
  directory: string,
  incidentId: string,
  options: OpenIncidentTimelineOptions = {},
): IncidentTimelineStore {
  const id = assertIncidentId(incidentId);
  const now = options.now ?? (() => new Date());
  const folder = resolve(directory);
  const path = join(folder, `${id}.jsonl`);

  const appendMany: IncidentTimelineStore['appendMany'] = async (inputs, appendOptions = {}) => {
    const prepared = inputs.map((input) => prepareTimelineEntry(input, now()));
    if (prepared.length === 0) return [];
    await mkdir(folder, { recursive: true });
    return enqueueAppend(path, () => appendUnderLock(prepared, appendOptions));
  };

  const appendUnderLock = async (
    prepared: readonly PreparedTimelineEntry[],
    appendOptions: AppendTimelineEntriesOptions,
  ): Promise<TimelineEntry[]> => {
    let release: ReleaseTimelineLock | undefined;
    try {
      release = await acquireTimelineLock(`${path}.lock`, options.lock);
      // Usually only the last sequence number is needed, and the tail of the file has it; `skip` needs every
      // entry, and a tail without any numbered line (a huge corrupt line) needs a look further back.
      const tail = await readTimelineTail(path, id);
      const needsWholeFile =
        appendOptions.skip !== undefined || (tail.lastSequence === null && !tail.wholeFile);
      const existing = needsWholeFile ? [...parseTimelineText(await readText(path), path, id).entries] : [];
      let sequence = existing.reduce(
        (highest, entry) => Math.max(highest, entry.sequence),
        tail.lastSequence ?? 0,
      );
      const recordedAt = now();
      const appended: TimelineEntry[] = [];
      for (const entry of prepared) {
        if (appendOptions.skip?.(entry, existing)) continue;
        sequence += 1;
        const placed = placeTimelineEntry(entry, { incidentId: id, sequence, recordedAt });
        appended.push(placed);
        existing.push(placed);
      }
      if (appended.length === 0) return [];
      const lines = appended.map((entry) => `${JSON.stringify(entry)}\n`).join('');
      await appendText(path, tail.endsWithLineBreak ? lines : `\n${lines}`);
      return appended;
    } finally {
      await release?.();
    }
  };

  return {
    incidentId: id,
    path,
    appendMany,
    async append(input) {
      const [entry] = await appendMany([input]);
      // appendMany without `skip` appends every input.
      return entry as TimelineEntry;
    },
    async read() {
      return parseTimelineText(await readText(path), path, id);
    },
  };
}
