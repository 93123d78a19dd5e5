/**
 * Runs `work` on every item, at most `concurrency` at a time, and resolves with the results in input
 * order once every call has settled, so nothing started here is still running afterwards. If a call
 * rejects, no further item is started and the first rejection is thrown once the running calls settle.
 */
export async function mapSettled<Item, Result>(
  items: readonly Item[],
  concurrency: number,
  work: (item: Item, index: number) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    // After a failure no new item starts; the ones running finish.
    while (next < items.length && failures.length === 0) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(items[index] as Item, index);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}
