/**
 * The `count` items of `items` with the highest `score`, best first (ties: `tieBreak` ascending), without
 * sorting them all: a min-heap of `count` items, O(n log count). Returns all items, sorted, when there
 * are no more than `count`.
 */
export function selectTop(
  items: readonly number[],
  score: (item: number) => number,
  count: number,
  tieBreak: (left: number, right: number) => number,
): number[] {
  const better = (left: number, right: number) => {
    const difference = score(left) - score(right);
    return difference > 0 || (difference === 0 && tieBreak(left, right) < 0);
  };
  const ordered = (selected: number[]) =>
    selected.sort((left, right) => score(right) - score(left) || tieBreak(left, right));
  if (count <= 0) return [];
  if (items.length <= count) return ordered([...items]);
  // heap[0] is the worst of the best `count` seen so far.
  const heap: number[] = [];
  const siftDown = (start: number) => {
    let position = start;
    for (;;) {
      const left = 2 * position + 1;
      const right = left + 1;
      let worst = position;
      if (left < heap.length && better(heap[worst] as number, heap[left] as number)) worst = left;
      if (right < heap.length && better(heap[worst] as number, heap[right] as number)) worst = right;
      if (worst === position) return;
      [heap[position], heap[worst]] = [heap[worst] as number, heap[position] as number];
      position = worst;
    }
  };
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      let position = heap.length - 1;
      while (position > 0) {
        const parent = (position - 1) >> 1;
        if (!better(heap[parent] as number, heap[position] as number)) break;
        [heap[parent], heap[position]] = [heap[position] as number, heap[parent] as number];
        position = parent;
      }
    } else if (better(item, heap[0] as number)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return ordered(heap);
}
