import { PROMPT_INJECTION_CORPUS } from '../../../../core/src/summary/__fixtures__/prompt-injection-corpus.js';
import { type IncidentFiles, plantedTime } from './write-incident-files.js';

/** The attribute that tells which corpus entry an evidence item carries. */
export const INJECTION_CASE_ATTRIBUTE = 'injectionCase';

/**
 * An incident whose log lines and Kubernetes events carry every prompt-injection attempt of core's corpus
 * (`PROMPT_INJECTION_CORPUS`), each tagged with its corpus index in {@link INJECTION_CASE_ATTRIBUTE}.
 */
export function createInjectionIncident(): IncidentFiles {
  return {
    alert: {
      title: 'CheckoutErrorRate: checkout 5xx above 5%',
      startsAt: '2026-03-04T10:00:00Z',
      severity: 'critical',
      labels: { alertname: 'CheckoutErrorRate', service: 'checkout' },
    },
    evidence: PROMPT_INJECTION_CORPUS.map((entry, index) => ({
      collectorId: entry.kind === 'event' ? 'kubernetes' : 'logs',
      input: {
        kind: entry.kind,
        time: plantedTime(index),
        service: index % 2 === 0 ? 'checkout' : 'orders',
        severity: entry.kind === 'event' ? 'warning' : 'error',
        text: entry.text,
        attributes: {
          [INJECTION_CASE_ATTRIBUTE]: index,
          ...(entry.kind === 'event' ? { reason: `Injection${index}` } : {}),
        },
      },
    })),
  };
}
