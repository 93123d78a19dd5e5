/**
 * Cosine similarity of two dense vectors of equal length, in [-1, 1]. Returns 0 when either vector is all
 * zeros, so empty texts are simply unrelated to everything rather than NaN.
 * @throws RangeError when the lengths differ.
 */
export function cosineSimilarity(left: readonly number[], right: readonly number[]): number {
  if (left.length !== right.length) {
    throw new RangeError(`Cannot compare vectors of length ${left.length} and ${right.length}.`);
  }
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index += 1) {
    const a = left[index] ?? 0;
    const b = right[index] ?? 0;
    dot += a * b;
    leftNorm += a * a;
    rightNorm += b * b;
  }
  if (leftNorm === 0 || rightNorm === 0) return 0;
  return dot / Math.sqrt(leftNorm * rightNorm);
}
