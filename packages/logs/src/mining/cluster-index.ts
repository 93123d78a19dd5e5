import type { TemplateCluster } from './template-cluster.js';
import { WILDCARD } from './token-strings.js';

// Most separator + word keys are held by one cluster only (ids, rare words): those map to the cluster
// itself, which costs far less memory than a one-element set.
type Posting = TemplateCluster | Set<TemplateCluster>;
type Postings = Map<string, Posting>;

function postingSize(posting: Posting | undefined): number {
  if (posting === undefined) return 0;
  return posting instanceof Set ? posting.size : 1;
}

function postingKey(separator: string, word: string): string {
  return `${separator}\u0000${word}`;
}

/**
 * Finds the clusters a message could belong to. Clusters are grouped by token count; within a group, each
 * position maps separator + word to the clusters holding it there. A cluster that differs from a message in
 * at most one position matches it at one of any two positions, so the union of the postings of the two
 * most selective positions (literal word or wildcard) holds every such cluster, and usually little else.
 */
export class ClusterIndex {
  readonly #groups = new Map<number, Postings[]>();
  readonly #emptyMessages = new Set<TemplateCluster>();
  #searchMark = 0;

  /** Registers a cluster under its current words. */
  add(cluster: TemplateCluster): void {
    const length = cluster.words.length;
    if (length === 0) {
      this.#emptyMessages.add(cluster);
      return;
    }
    let group = this.#groups.get(length);
    if (!group) {
      group = Array.from({ length }, () => new Map());
      this.#groups.set(length, group);
    }
    for (let position = 0; position < length; position++) {
      this.#post(
        group[position] as Postings,
        postingKey(cluster.separators[position] as string, cluster.words[position] as string),
        cluster,
      );
    }
  }

  /** Unregisters a cluster (evicted or absorbed). */
  remove(cluster: TemplateCluster): void {
    const length = cluster.words.length;
    if (length === 0) {
      this.#emptyMessages.delete(cluster);
      return;
    }
    const group = this.#groups.get(length);
    if (!group) return;
    for (let position = 0; position < length; position++) {
      this.#unpost(
        group[position] as Postings,
        postingKey(cluster.separators[position] as string, cluster.words[position] as string),
        cluster,
      );
    }
  }

  /** Moves a cluster's posting at `position` from `previousWord` to its current word there. */
  reindex(cluster: TemplateCluster, position: number, previousWord: string): void {
    const postings = this.#groups.get(cluster.words.length)?.[position];
    if (!postings) return;
    const separator = cluster.separators[position] as string;
    this.#unpost(postings, postingKey(separator, previousWord), cluster);
    this.#post(postings, postingKey(separator, cluster.words[position] as string), cluster);
  }

  /** Clusters with the message's token count that may differ from it in at most one position. */
  candidates(separators: readonly string[], words: readonly string[]): TemplateCluster[] {
    const length = words.length;
    if (length === 0) return [...this.#emptyMessages];
    const group = this.#groups.get(length);
    if (!group) return [];
    let bestPosition = -1;
    let bestSize = Number.POSITIVE_INFINITY;
    let secondPosition = -1;
    let secondSize = Number.POSITIVE_INFINITY;
    const literal: (Posting | undefined)[] = new Array(length);
    const wildcard: (Posting | undefined)[] = new Array(length);
    for (let position = 0; position < length; position++) {
      const postings = group[position] as Postings;
      const separator = separators[position] as string;
      const word = words[position] as string;
      literal[position] = postings.get(postingKey(separator, word));
      wildcard[position] = word === WILDCARD ? undefined : postings.get(postingKey(separator, WILDCARD));
      const size = postingSize(literal[position]) + postingSize(wildcard[position]);
      if (size < bestSize) {
        secondPosition = bestPosition;
        secondSize = bestSize;
        bestPosition = position;
        bestSize = size;
      } else if (size < secondSize) {
        secondPosition = position;
        secondSize = size;
      }
      if (bestSize === 0 && secondSize === 0) return [];
    }
    const mark = ++this.#searchMark;
    const found: TemplateCluster[] = [];
    const collectOne = (cluster: TemplateCluster) => {
      if (cluster.searchMark === mark) return;
      cluster.searchMark = mark;
      found.push(cluster);
    };
    const collect = (posting: Posting | undefined) => {
      if (posting === undefined) return;
      if (posting instanceof Set) for (const cluster of posting) collectOne(cluster);
      else collectOne(posting);
    };
    collect(literal[bestPosition]);
    collect(wildcard[bestPosition]);
    if (secondPosition >= 0) {
      collect(literal[secondPosition]);
      collect(wildcard[secondPosition]);
    }
    return found;
  }

  #post(postings: Postings, key: string, cluster: TemplateCluster): void {
    const posting = postings.get(key);
    if (posting === undefined) postings.set(key, cluster);
    else if (posting instanceof Set) posting.add(cluster);
    else if (posting !== cluster) postings.set(key, new Set([posting, cluster]));
  }

  #unpost(postings: Postings, key: string, cluster: TemplateCluster): void {
    const posting = postings.get(key);
    if (posting === undefined) return;
    if (!(posting instanceof Set)) {
      if (posting === cluster) postings.delete(key);
      return;
    }
    posting.delete(cluster);
    if (posting.size === 1) postings.set(key, posting.values().next().value as TemplateCluster);
    else if (posting.size === 0) postings.delete(key);
  }
}
