/**
 * Collector id of the evidence item that stands for the alert itself, which the pipeline adds to every
 * run. Reserved: no collector may use it.
 */
export const ALERT_EVIDENCE_COLLECTOR_ID = 'alert';
