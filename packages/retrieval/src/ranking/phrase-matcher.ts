/**
 * Finds which two-word phrases occur in a document, without an index of every phrase (that would hold
 * about one entry per word of the corpus): words become integer ids once, each document keeps its word
 * sequences as one id array with -1 where a phrase cannot continue, and a lookup scans that array for the
 * wanted pairs. Meant for the few documents at the head of a ranking.
 */
export class PhraseMatcher {
  readonly #wordIds = new Map<string, number>();
  readonly #sequences: Int32Array[];

  /** @param documents - per document, its word sequences (empty strings break phrases). */
  constructor(documents: readonly (readonly (readonly string[])[])[]) {
    this.#sequences = documents.map((sequences) => {
      const ids: number[] = [];
      for (const sequence of sequences) {
        for (const word of sequence) ids.push(word === '' ? -1 : this.#id(word));
        ids.push(-1);
      }
      return Int32Array.from(ids);
    });
  }

  /** The subset of `phrases` (two words joined by a space) that occur in document `documentIndex`. */
  find(documentIndex: number, phrases: readonly string[]): Set<string> {
    const found = new Set<string>();
    const sequence = this.#sequences[documentIndex];
    if (sequence === undefined || phrases.length === 0) return found;
    const wanted = new Map<number, string>();
    for (const phrase of phrases) {
      const [left = '', right = ''] = phrase.split(' ');
      const leftId = this.#wordIds.get(left);
      const rightId = this.#wordIds.get(right);
      if (leftId !== undefined && rightId !== undefined) wanted.set(pairKey(leftId, rightId), phrase);
    }
    if (wanted.size === 0) return found;
    for (let index = 0; index + 1 < sequence.length; index += 1) {
      const left = sequence[index] as number;
      const right = sequence[index + 1] as number;
      if (left < 0 || right < 0) continue;
      const phrase = wanted.get(pairKey(left, right));
      if (phrase !== undefined) found.add(phrase);
    }
    return found;
  }

  #id(word: string): number {
    let id = this.#wordIds.get(word);
    if (id === undefined) {
      id = this.#wordIds.size;
      this.#wordIds.set(word, id);
    }
    return id;
  }
}

// Exact while both ids stay below 2^26 (67 million distinct words).
function pairKey(left: number, right: number): number {
  return left * 0x4000000 + right;
}
