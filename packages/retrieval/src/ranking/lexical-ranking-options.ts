import type { TextAnalysisOptions } from '../text/analyze-text.js';

/**
 * The parts of a chunk the lexical ranking tells apart. `title`: the document title and its top heading;
 * `tags`: the `alerts` and `services` metadata; `lead`: the document's first section with text (what the
 * runbook is about, e.g. its "Meaning"); `heading`: the chunk's headings; `prose`: the chunk's text; `code`:
 * its fenced code, link targets and URLs. `title`, `tags` and `lead` belong to every chunk of a document.
 */
export type FieldName = 'title' | 'tags' | 'lead' | 'heading' | 'prose' | 'code';

/** Tuning of the lexical (BM25F) ranking. Every field is optional; see {@link DEFAULT_LEXICAL_RANKING}. */
export interface LexicalRankingOptions {
  /** How text becomes terms. */
  readonly analysis?: TextAnalysisOptions;
  /** Term-frequency saturation. */
  readonly k1?: number;
  /** Length normalisation, in [0, 1]. */
  readonly b?: number;
  /** How much one occurrence in each field counts, within its group (name or content). */
  readonly fieldWeights?: Partial<Readonly<Record<FieldName, number>>>;
  /**
   * Score the name fields (`title`, `tags`) apart from the content fields, each group saturating on its
   * own, and add `nameWeight` × the name score to the content score. When false, all fields form one
   * BM25F document.
   */
  readonly separateName?: boolean;
  /** Weight of the name score against the content score, when `separateName` is on. */
  readonly nameWeight?: number;
  /**
   * Weight of title coverage (the idf-weighted share of a document's title words found in the query) when
   * the best documents are re-ranked; 0 turns re-ranking off.
   */
  readonly titleCoverageWeight?: number;
  /** Weight of query words that are parts of values (host names, pod names, addresses), in [0, 1]. */
  readonly valueWeight?: number;
}

/** {@link LexicalRankingOptions} with every field set; each field means what it means there. */
export interface ResolvedLexicalRankingOptions {
  readonly analysis: TextAnalysisOptions;
  readonly k1: number;
  readonly b: number;
  readonly fieldWeights: Readonly<Record<FieldName, number>>;
  readonly separateName: boolean;
  readonly nameWeight: number;
  readonly titleCoverageWeight: number;
  readonly valueWeight: number;
}

/**
 * The default ranking: identifier-aware, stemmed BM25F (k1 1.2, b 0.75). The name (title, top heading,
 * `alerts` and `services` metadata) is scored apart from the content, with its own idf, and weighs 6 times
 * as much: runbooks are named after what they are for, and a title word must not be drowned by a body
 * that repeats another word. In the content, the opening section counts twice, headings half and code a
 * third, since commands are shared by many runbooks. The 20 best documents are then re-ranked by title
 * coverage (weight 0.2). Parts of values in the query (host and pod names) weigh a quarter.
 */
export const DEFAULT_LEXICAL_RANKING: ResolvedLexicalRankingOptions = {
  analysis: { splitIdentifiers: true, stem: true, removeStopWords: true, phrases: true },
  k1: 1.2,
  b: 0.75,
  fieldWeights: { title: 1, tags: 1, lead: 2, heading: 0.5, prose: 1, code: 0.3 },
  separateName: true,
  nameWeight: 6,
  titleCoverageWeight: 0.2,
  valueWeight: 0.25,
};

/**
 * Plain BM25 over title and body (k1 1.2, b 0.75; lowercase words, no stemming, no identifier splitting,
 * no phrases, all fields equal): the baseline the benchmark compares against.
 */
export const PLAIN_BM25_RANKING: ResolvedLexicalRankingOptions = {
  analysis: { splitIdentifiers: false, stem: false, removeStopWords: false, phrases: false },
  k1: 1.2,
  b: 0.75,
  fieldWeights: { title: 1, tags: 0, lead: 0, heading: 0, prose: 1, code: 1 },
  separateName: false,
  nameWeight: 0,
  titleCoverageWeight: 0,
  valueWeight: 1,
};

/** Fills the unset fields of `options` from {@link DEFAULT_LEXICAL_RANKING}. */
export function resolveLexicalRanking(options: LexicalRankingOptions = {}): ResolvedLexicalRankingOptions {
  const defaults = DEFAULT_LEXICAL_RANKING;
  return {
    analysis: { ...defaults.analysis, ...options.analysis },
    k1: options.k1 ?? defaults.k1,
    b: options.b ?? defaults.b,
    fieldWeights: { ...defaults.fieldWeights, ...options.fieldWeights },
    separateName: options.separateName ?? defaults.separateName,
    nameWeight: options.nameWeight ?? defaults.nameWeight,
    titleCoverageWeight: options.titleCoverageWeight ?? defaults.titleCoverageWeight,
    valueWeight: options.valueWeight ?? defaults.valueWeight,
  };
}
