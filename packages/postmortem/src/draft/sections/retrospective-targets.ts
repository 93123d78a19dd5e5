/** The targets the what-went-well / what-went-badly heuristics judge against, in minutes. */
export interface RetrospectiveTargets {
  /** Alert (or trigger) to first acknowledgement. Default 5. */
  readonly acknowledgeMinutes?: number;
  /** First errors to the alert. Default 10. */
  readonly detectionLagMinutes?: number;
  /** Alert to the first triage report. Default 5. */
  readonly triageMinutes?: number;
}

/** Defaults of {@link RetrospectiveTargets}. */
export const DEFAULT_RETROSPECTIVE_TARGETS: Required<RetrospectiveTargets> = {
  acknowledgeMinutes: 5,
  detectionLagMinutes: 10,
  triageMinutes: 5,
};
