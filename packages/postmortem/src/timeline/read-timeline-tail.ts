import { open } from 'node:fs/promises';

/** How much of the end of a timeline file is read to find the last sequence number. */
const TAIL_BYTES = 64 * 1024;

/** What an append needs to know about a timeline file. */
export interface TimelineTail {
  /** The highest sequence number of this incident's lines near the end; `null` when none was found there. */
  readonly lastSequence: number | null;
  /** The file is empty or ends with a line break. */
  readonly endsWithLineBreak: boolean;
  /** The whole file was read (it is no longer than the tail). */
  readonly wholeFile: boolean;
}

/**
 * Reads only the last 64 KiB of a timeline file and finds the highest sequence number used there, so an
 * append costs the same on a long timeline as on a short one. Entries are appended in sequence order, so the
 * tail holds the highest number; callers read the whole file when the tail has none. A line counts when it
 * is JSON with this incident's id and a positive integer `sequence`, even if it is otherwise invalid: its
 * number is taken either way, so numbers only ever grow.
 */
export async function readTimelineTail(path: string, incidentId: string): Promise<TimelineTail> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT')
      return { lastSequence: null, endsWithLineBreak: true, wholeFile: true };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const text = buffer.toString('utf8');
    const lines = text.split('\n');
    // The first piece may be the end of a line that started before the tail; it is not a whole line.
    const whole = size > length ? lines.slice(1) : lines;
    let lastSequence: number | null = null;
    for (const line of whole) {
      if (line.trim() === '') continue;
      try {
        const value = JSON.parse(line) as { sequence?: unknown; incidentId?: unknown } | null;
        const sequence = value?.sequence;
        if (value?.incidentId === incidentId && Number.isInteger(sequence) && (sequence as number) > 0) {
          lastSequence = Math.max(lastSequence ?? 0, sequence as number);
        }
      } catch {
        // A corrupt or partial line: it holds no usable number.
      }
    }
    return { lastSequence, endsWithLineBreak: text.endsWith('\n') || size === 0, wholeFile: size <= length };
  } finally {
    await handle.close();
  }
}
