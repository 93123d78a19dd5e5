import type { CollectorV1, CollectorV1CollectOptions, CollectorV1Result } from './collector-v1.js';

/**
 * Builds a {@link CollectorV1} from an id and a function. The function may return evidence directly or a
 * full result with warnings.
 *
 * @example
 * const deploys = defineCollector('deploy-log', async ({ window }) =>
 *   (await fetchDeploys(window)).map((d) => ({ kind: 'change', time: d.at, service: d.app, text: d.summary })));
 */
export function defineCollector(
  collectorId: string,
  collect: (
    options: CollectorV1CollectOptions,
  ) =>
    | Promise<CollectorV1Result | CollectorV1Result['evidence']>
    | CollectorV1Result
    | CollectorV1Result['evidence'],
  options: { description?: string } = {},
): CollectorV1 {
  return {
    specificationVersion: 'v1',
    collectorId,
    description: options.description,
    async doCollect(collectOptions) {
      collectOptions.abortSignal.throwIfAborted();
      const result = await collect(collectOptions);
      return Array.isArray(result) ? { evidence: result } : (result as CollectorV1Result);
    },
  };
}
