import { ALERT_EVIDENCE_COLLECTOR_ID } from '../analysis/alert-evidence.js';
import { selectWithinCap } from '../pipeline/select-within-cap.js';
import type { CollectorV1 } from '../spec/collector-v1.js';
import type { IncidentBundle } from './incident-bundle.js';

/**
 * Turns a bundle back into collectors, one per collector recorded in it, so a replay reports the same
 * collectors, the same evidence ids, the same warnings and the same failures as the original run.
 * Evidence whose collector is not listed in the manifest is replayed under its own collector id too.
 * Warnings from reading the bundle (skipped lines) are attached to the first collector, so they show in
 * the report's degraded sources.
 */
export function createBundleCollectors(
  bundle: IncidentBundle & { readonly warnings?: readonly string[] },
): CollectorV1[] {
  const byCollector = new Map<string, IncidentBundle['evidence'][number][]>();
  for (const item of bundle.evidence) {
    // The pipeline adds the alert itself on every run; a recorded copy would be a second one.
    if (item.collectorId === ALERT_EVIDENCE_COLLECTOR_ID) continue;
    const list = byCollector.get(item.collectorId) ?? [];
    list.push(item);
    byCollector.set(item.collectorId, list);
  }
  const entries = [...bundle.manifest.collectors];
  for (const collectorId of byCollector.keys()) {
    if (!entries.some((entry) => entry.collectorId === collectorId)) {
      entries.push({ collectorId, warnings: [], error: null });
    }
  }
  return entries.map((entry, index) => ({
    specificationVersion: 'v1' as const,
    collectorId: entry.collectorId,
    description: entry.description ?? `replay of "${entry.collectorId}" from an incident bundle`,
    async doCollect({ window, abortSignal, maxItems }) {
      abortSignal.throwIfAborted();
      if (entry.error) {
        // Same name and message as the recorded failure, so the replayed report matches the original.
        const replayed = new Error(entry.error.message);
        replayed.name = entry.error.name;
        throw replayed;
      }
      const start = window.start.getTime();
      const end = window.end.getTime();
      const inWindow = (byCollector.get(entry.collectorId) ?? []).filter((item) => {
        const time = Date.parse(item.time);
        return time >= start && time <= end;
      });
      const evidence = selectWithinCap(inWindow, maxItems);
      const readWarnings = index === 0 ? (bundle.warnings ?? []).map((warning) => `bundle: ${warning}`) : [];
      const capWarnings =
        evidence.length < inWindow.length
          ? [`replayed ${evidence.length} of ${inWindow.length} recorded items (maxItems ${maxItems})`]
          : [];
      return { evidence, warnings: [...entry.warnings, ...readWarnings, ...capWarnings] };
    },
  }));
}
