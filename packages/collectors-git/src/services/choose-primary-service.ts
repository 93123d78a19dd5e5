/**
 * The one service a commit's evidence is filed under, out of every service its files map to (with the
 * lines changed in each, plus one per file so binary files count): the alert's own service when the commit
 * touches it (so a change to `k8s/payments/` counts for a payments alert even when it also touches other
 * services), else the service with the most changed lines, ties broken by name. `null` when no file maps
 * to a service. Never throws.
 */
export function choosePrimaryService(
  weights: ReadonlyMap<string, number>,
  alertService: string | null,
): string | null {
  if (alertService !== null && weights.has(alertService)) return alertService;
  let best: string | null = null;
  let bestWeight = -1;
  for (const [service, weight] of weights) {
    if (weight > bestWeight || (weight === bestWeight && best !== null && service < best)) {
      best = service;
      bestWeight = weight;
    }
  }
  return best;
}
