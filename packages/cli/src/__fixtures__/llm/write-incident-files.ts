import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type AlertInput,
  BUNDLE_FORMAT,
  type EvidenceInput,
  normalizeAlert,
  normalizeEvidence,
  writeIncidentBundle,
} from '@triagekit/core';

/** One planted evidence item and the collector it is recorded under. */
export interface PlantedEvidence {
  readonly collectorId: string;
  readonly input: EvidenceInput;
}

/** An incident to triage from files: the alert and everything its collectors returned. */
export interface IncidentFiles {
  readonly alert: AlertInput;
  readonly evidence: readonly PlantedEvidence[];
}

/**
 * Writes what `triagekit run --alert alert.json --config config.json` needs into `directory`: the alert,
 * an incident bundle (`bundle/`) holding the evidence as recorded (unredacted, as collectors return it), and
 * a config replaying the bundle plus `config` (e.g. an `llm` section and a budget).
 */
export async function writeIncidentFiles(
  directory: string,
  incident: IncidentFiles,
  config: Record<string, unknown>,
): Promise<void> {
  await mkdir(directory, { recursive: true });
  const collectorIds = [...new Set(incident.evidence.map((item) => item.collectorId))];
  await writeIncidentBundle(join(directory, 'bundle'), {
    manifest: {
      format: BUNDLE_FORMAT,
      createdAt: '2026-03-04T10:05:00Z',
      alert: normalizeAlert(incident.alert),
      collectors: collectorIds.map((collectorId) => ({ collectorId })),
    },
    evidence: incident.evidence.map((item) => normalizeEvidence(item.input, item.collectorId)),
  });
  await writeFile(join(directory, 'alert.json'), JSON.stringify(incident.alert));
  await writeFile(
    join(directory, 'config.json'),
    JSON.stringify({ collectors: [{ type: 'bundle', path: 'bundle' }], ...config }),
  );
}

/** `2026-03-04T09:MM:SSZ` for the `index`-th planted item: spread over the hour before the alert. */
export function plantedTime(index: number): string {
  const minute = String(10 + (index % 48)).padStart(2, '0');
  const second = String((index * 7) % 60).padStart(2, '0');
  return `2026-03-04T09:${minute}:${second}Z`;
}
