import { ClusterIndex } from './cluster-index.js';
import { FormCache } from './form-cache.js';
import { lexMessage } from './lex-message.js';
import { messageFingerprint } from './message-fingerprint.js';
import { TemplateCluster } from './template-cluster.js';
import { TokenBuffer } from './token-buffer.js';
import { maskedWordOf, separatorOf, WILDCARD } from './token-strings.js';

/** Options of {@link TemplateMiner}. */
export interface TemplateMinerOptions {
  /**
   * Most clusters kept; beyond it the least recently used cluster is evicted (bounded memory on unbounded
   * input). Default 20,000; values below 1 are treated as 1.
   */
  readonly maxClusters?: number;
}

/** One live cluster, as listed by {@link TemplateMiner.clusters}. */
export interface MinedCluster {
  /** The id `add` returned for the cluster's first line (ids merged into it answer for it too). */
  readonly clusterId: number;
  /** Words and separators of the cluster's lines, with `<*>` where they vary. */
  readonly template: string;
  /** `pat_` + 12 hex digits of the SHA-256 of `template`. */
  readonly patternId: string;
  /** Lines that joined the cluster (including lines of clusters merged into it). */
  readonly count: number;
}

/**
 * How many different words one position must show, among clusters that are otherwise identical, before it
 * becomes a variable. Words that vary in a real log statement (user names, host names, queue names) take
 * unboundedly many values, while alternatives written into the code (states, directions, `on`/`off`)
 * come in small closed sets; four distinct values is where an enumeration written into code becomes
 * unlikely while an open set reaches it within a handful of lines. One word that the lexer masked at that
 * position (data seen there) is enough on its own.
 */
export const DISTINCT_WORDS_TO_GENERALISE = 4;

// Slots of the masked-form cache; it keeps up to this many forms (two generations of half each).
const FORM_CACHE_SLOTS = 65_536;
// Rough bytes per masked-form cache slot (two hash lanes and a reference, in each of two generations).
const FORM_CACHE_SLOT_BYTES = 32;
// Rough bytes per alias entry (map slot and reference).
const ALIAS_BYTES = 48;

/** Whether merging `group` with `position` generalised leaves a literal word: `<*> <*>` says nothing. */
function keepsLiteralWord(group: readonly TemplateCluster[], position: number): boolean {
  const first = group[0] as TemplateCluster;
  for (let index = 0; index < first.words.length; index++) {
    if (index === position) continue;
    const word = first.words[index];
    if (word !== WILDCARD && word !== '' && group.every((cluster) => cluster.words[index] === word))
      return true;
  }
  return false;
}

/**
 * Streaming, online, zero-configuration log template miner.
 *
 * Each message (header already stripped) is lexed once: words are cut at whitespace and structure
 * punctuation, and data-looking words (numbers, ids, addresses, paths, URLs, dates, ...) are masked as
 * `<*>` by lexical rules (see `lexMessage`). Messages with the same masked form are answered from a cache
 * keyed by a 64-bit hash of that form, so repeated shapes cost one scan of the message. A new form joins
 * the most specific cluster of the same token count that matches it everywhere (wildcards match any word);
 * otherwise it starts a cluster, unless clusters that differ from it in one and the same position already
 * show {@link DISTINCT_WORDS_TO_GENERALISE} distinct words there: then they merge into the oldest of them,
 * with that position generalised to `<*>` (never into a template without a literal word). Merged ids stay
 * valid handles of the surviving cluster: `template`, `patternId` and `resolve` answer for it.
 *
 * Deterministic: the same messages in the same order give the same ids, templates and counts. Memory is
 * bounded by `maxClusters` (least recently used clusters are evicted, their ids never reused) plus a
 * bounded cache. A hash collision between two different masked forms (about 2^-64 per pair) would send a
 * message to the other form's cluster.
 */
export class TemplateMiner {
  readonly #maxClusters: number;
  readonly #tokens = new TokenBuffer();
  readonly #index = new ClusterIndex();
  /** Live clusters and merged ids, by id. */
  readonly #byId = new Map<number, TemplateCluster>();
  readonly #forms = new FormCache<TemplateCluster>(FORM_CACHE_SLOTS);
  readonly #fingerprint = new Int32Array(2);
  #newest: TemplateCluster | undefined;
  #oldest: TemplateCluster | undefined;
  #liveClusters = 0;
  #nextId = 0;
  #clusterBytes = 0;
  #aliases = 0;

  constructor(options: TemplateMinerOptions = {}) {
    const maxClusters = options.maxClusters ?? 20_000;
    this.#maxClusters = Number.isFinite(maxClusters) ? Math.max(1, Math.floor(maxClusters)) : 20_000;
  }

  /**
   * Adds one message (header already stripped) and returns the id of the cluster it joined: a small
   * integer, stable for the miner's lifetime (evicted ids are never reused). Never throws: empty, huge,
   * binary or non-string input is mined like any other text (non-strings via `String`).
   */
  add(message: string): number {
    const text = typeof message === 'string' ? message : String(message ?? '');
    const tokens = this.#tokens;
    lexMessage(text, tokens);
    const fingerprint = this.#fingerprint;
    messageFingerprint(tokens, fingerprint);
    const first = fingerprint[0] as number;
    const second = fingerprint[1] as number;
    let cluster = this.#forms.get(first, second);
    if (cluster !== undefined) {
      while (cluster.absorbedInto !== undefined) cluster = cluster.absorbedInto;
      if (!cluster.evicted) {
        cluster.count++;
        this.#touch(cluster);
        return cluster.id;
      }
    }
    const separators: string[] = new Array(tokens.count);
    const words: string[] = new Array(tokens.count);
    for (let index = 0; index < tokens.count; index++) {
      separators[index] = separatorOf(tokens, index);
      words[index] = maskedWordOf(tokens, index);
    }
    cluster = this.#place(separators, words);
    this.#forms.set(first, second, cluster);
    return cluster.id;
  }

  /**
   * The cluster's current template: words and their separators as written (whitespace runs as one space),
   * with `<*>` for variables. An id merged into another cluster answers for that cluster. Returns `''` for
   * an id that was never issued or whose cluster was evicted (see {@link TemplateMiner.has}).
   */
  template(clusterId: number): string {
    return this.#byId.get(clusterId)?.template ?? '';
  }

  /**
   * The stable pattern id of the cluster's current template: `'pat_'` + 12 hex digits of its SHA-256, so
   * the same template gives the same id in any miner, run or process. Returns `''` for an unknown or
   * evicted id.
   */
  patternId(clusterId: number): string {
    return this.#byId.get(clusterId)?.patternId ?? '';
  }

  /** Whether `clusterId` names a live cluster (directly or because its cluster was merged into one). */
  has(clusterId: number): boolean {
    return this.#byId.has(clusterId);
  }

  /**
   * The id of the live cluster that answers for `clusterId`: itself, or the cluster it was merged into;
   * `-1` for an unknown or evicted id.
   */
  resolve(clusterId: number): number {
    return this.#byId.get(clusterId)?.id ?? -1;
  }

  /** Live clusters in order of first appearance (ascending id), with template, pattern id and count. */
  clusters(): MinedCluster[] {
    const live: TemplateCluster[] = [];
    for (let cluster = this.#oldest; cluster !== undefined; cluster = cluster.newer) live.push(cluster);
    live.sort((a, b) => a.id - b.id);
    return live.map((cluster) => ({
      clusterId: cluster.id,
      template: cluster.template,
      patternId: cluster.patternId,
      count: cluster.count,
    }));
  }

  /**
   * For reporting memory: the number of live clusters and an estimate of the bytes the miner retains
   * (clusters with their templates and index entries, merged-id aliases, and the masked-form cache).
   */
  stateSize(): { clusters: number; approximateBytes: number } {
    return {
      clusters: this.#liveClusters,
      approximateBytes:
        this.#clusterBytes + FORM_CACHE_SLOTS * FORM_CACHE_SLOT_BYTES + this.#aliases * ALIAS_BYTES,
    };
  }

  #place(separators: string[], words: string[]): TemplateCluster {
    const candidates = this.#index.candidates(separators, words);
    let best: TemplateCluster | undefined;
    let bestLiterals = -1;
    // Clusters that differ from the message in exactly one position, by that position.
    let siblings: Map<number, TemplateCluster[]> | undefined;
    for (const candidate of candidates) {
      let literals = 0;
      let mismatches = 0;
      let mismatchPosition = -1;
      for (let position = 0; position < words.length; position++) {
        if (candidate.separators[position] !== separators[position]) {
          mismatches = 2;
          break;
        }
        const word = candidate.words[position];
        if (word === WILDCARD) continue;
        if (word === words[position]) {
          literals++;
        } else if (++mismatches > 1) {
          break;
        } else {
          mismatchPosition = position;
        }
      }
      if (mismatches === 0) {
        // The most specific match wins; among equals, the oldest.
        if (
          literals > bestLiterals ||
          (literals === bestLiterals && best !== undefined && candidate.id < best.id)
        ) {
          best = candidate;
          bestLiterals = literals;
        }
      } else if (mismatches === 1) {
        siblings ??= new Map();
        const list = siblings.get(mismatchPosition);
        if (list) list.push(candidate);
        else siblings.set(mismatchPosition, [candidate]);
      }
    }
    if (best !== undefined) {
      best.count++;
      this.#touch(best);
      return best;
    }
    if (siblings !== undefined) {
      const merged = this.#generalise(siblings, words);
      if (merged !== undefined) return merged;
    }
    return this.#create(separators, words);
  }

  /** Merges the siblings of the position with the most distinct words, once they reach the threshold. */
  #generalise(siblings: Map<number, TemplateCluster[]>, words: string[]): TemplateCluster | undefined {
    let chosenPosition = -1;
    let chosenDistinct = 0;
    for (const [position, clusters] of siblings) {
      const word = words[position] as string;
      // A word the lexer already masked shows that lines put data here: one such word is enough.
      const distinct =
        word === WILDCARD
          ? DISTINCT_WORDS_TO_GENERALISE
          : new Set([word, ...clusters.map((cluster) => cluster.words[position])]).size;
      if (distinct > chosenDistinct || (distinct === chosenDistinct && position < chosenPosition)) {
        chosenPosition = position;
        chosenDistinct = distinct;
      }
    }
    if (chosenDistinct < DISTINCT_WORDS_TO_GENERALISE) return undefined;
    const group = (siblings.get(chosenPosition) as TemplateCluster[]).slice().sort((a, b) => a.id - b.id);
    const survivor = group[0] as TemplateCluster;
    if (!keepsLiteralWord(group, chosenPosition)) return undefined;
    this.#clusterBytes -= survivor.approximateBytes();
    this.#setWildcard(survivor, chosenPosition);
    for (let index = 1; index < group.length; index++) {
      const absorbed = group[index] as TemplateCluster;
      // Positions where the merged clusters disagree become variables as well.
      for (let position = 0; position < survivor.words.length; position++) {
        if (survivor.words[position] !== absorbed.words[position]) this.#setWildcard(survivor, position);
      }
      this.#absorb(survivor, absorbed);
    }
    survivor.count++;
    this.#clusterBytes += survivor.approximateBytes();
    this.#touch(survivor);
    return survivor;
  }

  #setWildcard(cluster: TemplateCluster, position: number): void {
    const previous = cluster.words[position] as string;
    if (previous === WILDCARD) return;
    cluster.generalise(position);
    this.#index.reindex(cluster, position, previous);
  }

  #absorb(survivor: TemplateCluster, absorbed: TemplateCluster): void {
    this.#index.remove(absorbed);
    this.#unlink(absorbed);
    this.#liveClusters--;
    this.#clusterBytes -= absorbed.approximateBytes();
    absorbed.absorbedInto = survivor;
    survivor.count += absorbed.count;
    for (const id of [absorbed.id, ...absorbed.absorbedIds]) {
      this.#byId.set(id, survivor);
      survivor.absorbedIds.push(id);
    }
    this.#aliases += 1;
    absorbed.absorbedIds = [];
    absorbed.release();
  }

  #create(separators: string[], words: string[]): TemplateCluster {
    const cluster = new TemplateCluster(this.#nextId++, separators, words);
    cluster.count = 1;
    this.#index.add(cluster);
    this.#byId.set(cluster.id, cluster);
    this.#liveClusters++;
    this.#clusterBytes += cluster.approximateBytes();
    this.#touch(cluster);
    if (this.#liveClusters > this.#maxClusters && this.#oldest !== undefined) this.#evict(this.#oldest);
    return cluster;
  }

  #evict(cluster: TemplateCluster): void {
    this.#index.remove(cluster);
    this.#unlink(cluster);
    this.#liveClusters--;
    this.#clusterBytes -= cluster.approximateBytes();
    cluster.evicted = true;
    // The masked-form cache may still point at the cluster for a while: keep only the flag alive.
    cluster.release();
    this.#byId.delete(cluster.id);
    for (const id of cluster.absorbedIds) this.#byId.delete(id);
    this.#aliases -= cluster.absorbedIds.length;
    cluster.absorbedIds = [];
  }

  /** Moves a cluster to the most recently used end of the recency list. */
  #touch(cluster: TemplateCluster): void {
    if (this.#newest === cluster) return;
    this.#unlink(cluster);
    cluster.older = this.#newest;
    if (this.#newest !== undefined) this.#newest.newer = cluster;
    this.#newest = cluster;
    this.#oldest ??= cluster;
  }

  #unlink(cluster: TemplateCluster): void {
    if (cluster.newer !== undefined) cluster.newer.older = cluster.older;
    else if (this.#newest === cluster) this.#newest = cluster.older;
    if (cluster.older !== undefined) cluster.older.newer = cluster.newer;
    else if (this.#oldest === cluster) this.#oldest = cluster.newer;
    cluster.newer = undefined;
    cluster.older = undefined;
  }
}
