import { basename, dirname, join } from 'node:path';

/** Where a file sits in its rotation set (`app.log`, `app.log.1`, `app.log.2.gz`, `app.log-20260304.gz`). */
export interface RotationName {
  /** The live file's path, shared by every file of the set: the path without rotation suffixes. */
  readonly setPath: string;
  /** Sorts the files of one set oldest first (compare element by element). */
  readonly age: readonly [number, number];
}

// `-20260304`, `.20260304`, `_2026030412`, `-2026-03-04`: logrotate's `dateext` and similar schemes.
const datedSuffix = /[._-](\d{8}(?:\d{2}){0,3}|\d{4}-\d{2}-\d{2})$/;
// `.1`, `.12`: logrotate's default numbering, where a higher number is older.
const numberedSuffix = /\.(\d{1,4})$/;

/**
 * Splits a log file path into its rotation set and its age within the set. Dated files sort by date, then
 * numbered ones from the highest number down, then the live file, which is the newest. A `.gz` suffix only
 * matters for grouping; whether a file is compressed is decided from its content.
 */
export function parseRotationName(path: string): RotationName {
  let name = basename(path).replace(/\.gz$/i, '');
  let age: [number, number] = [2, 0];
  const dated = datedSuffix.exec(name);
  const numbered = dated ? null : numberedSuffix.exec(name);
  if (dated?.[1] && dated.index > 0) {
    const digits = dated[1].replaceAll('-', '').padEnd(14, '0');
    age = [0, Number(digits)];
    name = name.slice(0, dated.index);
  } else if (numbered?.[1] && numbered.index > 0) {
    age = [1, -Number(numbered[1])];
    name = name.slice(0, numbered.index);
  }
  return { setPath: join(dirname(path), name), age };
}

/** Orders paths set by set (sets by path), each set oldest file first. Pure; does not touch the disk. */
export function sortByRotation(paths: readonly string[]): string[] {
  return paths
    .map((path) => ({ path, rotation: parseRotationName(path) }))
    .sort(
      (a, b) =>
        compareText(a.rotation.setPath, b.rotation.setPath) ||
        a.rotation.age[0] - b.rotation.age[0] ||
        a.rotation.age[1] - b.rotation.age[1] ||
        compareText(a.path, b.path),
    )
    .map((entry) => entry.path);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
