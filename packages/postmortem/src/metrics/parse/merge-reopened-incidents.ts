import type { IncidentRecord } from '../incident-record.js';

function earliest(values: readonly (string | null)[]): string | null {
  const present = values.filter((value): value is string => value !== null).sort();
  return present[0] ?? null;
}

/**
 * Treats rows that share an incident id as the open/close cycles of one reopened incident, which counts
 * once: created at the earliest creation, acknowledged at the earliest acknowledgement, resolved at the
 * latest resolution, and unresolved if any cycle is still open (so MTTR runs from the first trigger to
 * the final resolution). Service and severity come from the earliest row. Order of first appearance is kept.
 */
export function mergeReopenedIncidents(incidents: readonly IncidentRecord[]): IncidentRecord[] {
  const groups = new Map<string, IncidentRecord[]>();
  for (const incident of incidents) {
    const rows = groups.get(incident.id);
    if (rows) rows.push(incident);
    else groups.set(incident.id, [incident]);
  }
  return [...groups.values()].map((rows) => {
    const [only] = rows;
    if (rows.length === 1 && only) return only;
    const ordered = [...rows].sort((left, right) => left.createdAt.localeCompare(right.createdAt));
    const first = ordered[0] as IncidentRecord;
    const open = rows.some((row) => row.resolvedAt === null);
    return {
      ...first,
      acknowledgedAt: earliest(rows.map((row) => row.acknowledgedAt)),
      resolvedAt: open
        ? null
        : (rows
            .map((row) => row.resolvedAt as string)
            .sort()
            .at(-1) ?? null),
      reopened: true,
      origin: rows.map((row) => row.origin).join(', '),
    };
  });
}
