/** The evidence a lexical match is judged on, each a share in [0, 1]. */
export interface LexicalRelevanceSignals {
  /** Idf-weighted share of the document's title words that the query contains. */
  readonly titleCoverage: number;
  /** Idf-weighted share of the query's words the document contains (parts of values weigh less). */
  readonly queryCoverage: number;
  /** Idf-weighted share of the query's adjacent word pairs the document contains; undefined for one-word queries. */
  readonly phraseCoverage: number | undefined;
}

/** Shape of the logistic curve turning evidence into relevance. */
export interface RelevanceCalibration {
  /** Evidence (mean of the signals, in [0, 1]) at which relevance is 0.5. Default 0.5. */
  readonly center: number;
  /** Slope of the curve at `center`, per unit of evidence × 4. Default 10. */
  readonly steepness: number;
}

/** Defaults of {@link RelevanceCalibration}. */
export const DEFAULT_RELEVANCE_CALIBRATION: RelevanceCalibration = { center: 0.5, steepness: 10 };

/**
 * Relevance in [0, 1] of a lexically matched document, comparable across queries: the mean of the
 * signals (how much of its title the alert names, how much of the alert it explains, how much of the
 * alert's phrasing it shares) through a logistic curve centred on `calibration.center`. Unlike a BM25
 * score, none of the signals grows with the length of the query or the size of the store. Never throws.
 */
export function lexicalRelevance(
  signals: LexicalRelevanceSignals,
  calibration: RelevanceCalibration = DEFAULT_RELEVANCE_CALIBRATION,
): number {
  const shares = [signals.titleCoverage, signals.queryCoverage];
  if (signals.phraseCoverage !== undefined) shares.push(signals.phraseCoverage);
  const evidence = shares.reduce((total, share) => total + clamp(share), 0) / shares.length;
  return 1 / (1 + Math.exp(-calibration.steepness * (evidence - calibration.center)));
}

/** Linear map of a cosine similarity from [floor, ceiling] onto [0, 1], clamped. */
export function vectorRelevance(
  similarity: number,
  range: { readonly floor: number; readonly ceiling: number },
): number {
  if (!(range.ceiling > range.floor)) return similarity >= range.ceiling ? 1 : 0;
  return clamp((similarity - range.floor) / (range.ceiling - range.floor));
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
