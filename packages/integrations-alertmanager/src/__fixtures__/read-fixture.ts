import { readFileSync } from 'node:fs';

/** The bytes of a fixture of this folder, as a server would receive them. */
export function readFixture(name: string): Buffer {
  return readFileSync(new URL(`./${name}`, import.meta.url));
}

/** A fixture of this folder, parsed, for tests that change one field of it. */
export function readJsonFixture(
  name: string,
): Record<string, unknown> & { alerts: Record<string, unknown>[] } {
  return JSON.parse(readFixture(name).toString('utf8'));
}
