/** Caps that keep a run's memory and report size bounded, whatever collectors return. */
export interface EvidenceLimits {
  /** Most items kept per collector. Default 200,000. Over the cap, warnings and errors are kept first. */
  readonly maxItemsPerCollector?: number;
  /** Most items kept in total. Default 1,000,000. */
  readonly maxItemsTotal?: number;
  /** Longest evidence text kept, in characters; longer texts are cut with a marker. Default 16,384. */
  readonly maxTextLength?: number;
  /** Longest string attribute value kept, in characters. Default 2,048. */
  readonly maxAttributeLength?: number;
}

export const DEFAULT_EVIDENCE_LIMITS: Required<EvidenceLimits> = {
  maxItemsPerCollector: 200_000,
  maxItemsTotal: 1_000_000,
  maxTextLength: 16_384,
  maxAttributeLength: 2_048,
};
