import type { TemplateCluster } from './template-cluster.js';
import { WILDCARD } from './token-strings.js';

type Postings = Map<string, Set<TemplateCluster>>;

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
    const literal: (Set<TemplateCluster> | undefined)[] = new Array(length);
    const wildcard: (Set<TemplateCluster> | undefined)[] = new Array(length);
    for (let position = 0; position < length; position++) {
      const postings = group[position] as Postings;
      const separator = separators[position] as string;
      const word = words[position] as string;
      literal[position] = postings.get(postingKey(separator, word));
      wildcard[position] = word === WILDCARD ? undefined : postings.get(postingKey(separator, WILDCARD));
      const size = (literal[position]?.size ?? 0) + (wildcard[position]?.size ?? 0);
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
    const collect = (clusters: Set<TemplateCluster> | undefined) => {
      if (!clusters) return;
      for (const cluster of clusters) {
        if (cluster.searchMark === mark) continue;
        cluster.searchMark = mark;
        found.push(cluster);
      }
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
    let clusters = postings.get(key);
    if (!clusters) {
      clusters = new Set();
      postings.set(key, clusters);
    }
    clusters.add(cluster);
  }

  #unpost(postings: Postings, key: string, cluster: TemplateCluster): void {
    const clusters = postings.get(key);
    if (!clusters) return;
    clusters.delete(cluster);
    if (clusters.size === 0) postings.delete(key);
  }
}
