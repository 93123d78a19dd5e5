import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Alert, alertSchema } from '@triagekit/core';

/** An accepted alert waiting for triage, as recorded on disk. */
export interface InboxEntry {
  /** File-safe id of this delivery. */
  readonly id: string;
  readonly receivedAt: string;
  /** Which endpoint accepted it: `alertmanager`, `pagerduty` or `generic`. */
  readonly source: string;
  readonly alert: Alert;
}

/**
 * Accepted alerts, each recorded as one JSON file under `<directory>/inbox` **before** the HTTP answer
 * goes out (written to a temporary name, fsynced, renamed), and removed only once its report is written.
 * A crash or a shutdown that cuts triage short therefore loses nothing: the next start finds the files
 * and triages them.
 */
export class DurableInbox {
  readonly directory: string;

  constructor(outDirectory: string) {
    this.directory = join(outDirectory, 'inbox');
  }

  /** Records `alert` durably and returns its entry. */
  async record(source: string, alert: Alert): Promise<InboxEntry> {
    await mkdir(this.directory, { recursive: true });
    const receivedAt = new Date().toISOString();
    const id = `${receivedAt.replace(/[:.]/g, '-')}_${randomUUID().slice(0, 8)}`;
    const entry: InboxEntry = { id, receivedAt, source, alert };
    const path = join(this.directory, `${id}.json`);
    const temporary = `${path}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(`${JSON.stringify(entry)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    return entry;
  }

  /** Removes a triaged entry. */
  async remove(entry: InboxEntry): Promise<void> {
    await rm(join(this.directory, `${entry.id}.json`), { force: true });
  }

  /**
   * Entries left by an earlier run (oldest first), plus the names of files that could not be read —
   * those are moved aside to `<name>.unreadable` so they are kept for a human but not retried forever.
   */
  async leftovers(): Promise<{ entries: InboxEntry[]; unreadable: string[] }> {
    let names: string[];
    try {
      names = (await readdir(this.directory)).sort();
    } catch {
      return { entries: [], unreadable: [] };
    }
    const entries: InboxEntry[] = [];
    const unreadable: string[] = [];
    for (const name of names) {
      const path = join(this.directory, name);
      if (name.endsWith('.tmp')) {
        // Never acknowledged: the sender got no 2xx and will deliver again.
        await rm(path, { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      try {
        const parsed = JSON.parse(await readFile(path, 'utf8')) as InboxEntry;
        entries.push({ ...parsed, alert: alertSchema.parse(parsed.alert) });
      } catch {
        unreadable.push(name);
        await rename(path, `${path}.unreadable`);
      }
    }
    return { entries, unreadable };
  }
}
