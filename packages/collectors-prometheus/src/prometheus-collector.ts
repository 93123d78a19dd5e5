import { type Alert, CollectorError, type CollectorV1, type EvidenceInput } from '@triagekit/core';
import { firingAlertsToEvidence } from './alertmanager/firing-alerts.js';
import { getJson, serverNameOf, sleepUnlessAborted } from './http/get-json.js';
import { alertExpression, splitAlertCondition } from './metrics/alert-expression.js';
import { findBaselineCrossing } from './metrics/baseline-crossing.js';
import { parseRangeResponse } from './metrics/parse-range-response.js';
import { crossingToEvidence, serviceOfSeries } from './metrics/series-to-evidence.js';
import { DEFAULT_SERVICE_QUERIES, type PrometheusQuery, queryForService } from './metrics/service-queries.js';
import type { PrometheusCollectorOptions } from './prometheus-collector-options.js';

interface PlannedQuery extends PrometheusQuery {
  readonly origin: 'alert' | 'configured';
}

function servicesFor(
  alert: Alert,
  options: PrometheusCollectorOptions,
  serviceLabels: readonly string[],
): string[] {
  if (options.services !== undefined) return [...options.services];
  const service = serviceLabels
    .map((label) => alert.labels[label])
    .find((value) => value !== undefined && value !== '');
  return service === undefined ? [] : [service];
}

function planQueries(
  alert: Alert,
  options: PrometheusCollectorOptions,
  serviceLabels: readonly string[],
): PlannedQuery[] {
  const planned: PlannedQuery[] = [];
  const expression = options.includeAlertExpression === false ? undefined : alertExpression(alert);
  if (expression !== undefined) {
    const { query, threshold, direction } = splitAlertCondition(expression);
    planned.push({
      name: alert.labels.alertname ?? 'alert expression',
      query,
      origin: 'alert',
      ...(threshold === undefined ? {} : { threshold }),
      ...(direction === undefined ? {} : { direction }),
    });
  }
  const templates = [
    ...(options.queries ?? []),
    ...((options.useDefaultQueries ?? options.queries === undefined) ? DEFAULT_SERVICE_QUERIES : []),
  ];
  const services = servicesFor(alert, options, serviceLabels);
  for (const template of templates) {
    if (!template.query.includes('$service')) {
      planned.push({ ...template, origin: 'configured' });
      continue;
    }
    for (const service of services) {
      planned.push({
        ...template,
        query: queryForService(template.query, service),
        service,
        origin: 'configured',
      });
    }
  }
  return planned;
}

/**
 * A read-only collector for Prometheus and, optionally, Alertmanager. Over the incident window it runs
 * range queries — the alert's own expression (from its generator URL, with the comparison removed so the
 * underlying signal shows) and per-service error-rate / latency / saturation queries — and turns every
 * series that left its baseline into a `metric` evidence item dated when it crossed. With
 * `alertmanagerUrl`, the alerts firing in the window become `alert` evidence. Only GET requests are made.
 *
 * A failing query becomes a warning and the others go on; the collector throws a `CollectorError` only
 * when every request failed.
 */
export function createPrometheusCollector(options: PrometheusCollectorOptions): CollectorV1 {
  const collectorId = options.collectorId ?? 'prometheus';
  const baseUrl = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
  const serviceLabels = options.serviceLabels ?? ['service', 'app', 'job'];
  const maxSeries = options.maxSeriesPerQuery ?? 50;
  const request = (url: URL, signal: AbortSignal) =>
    getJson({
      url,
      serverName: serverNameOf(new URL(url.origin + baseUrl.pathname)),
      headers: options.headers ?? {},
      timeoutMs: options.timeoutMs ?? 10_000,
      retries: options.retries ?? 2,
      retryDelayMs: options.retryDelayMs ?? 500,
      signal,
      fetch: options.fetch ?? globalThis.fetch,
      sleep: sleepUnlessAborted,
    });
  return {
    specificationVersion: 'v1',
    collectorId,
    description: `Prometheus range queries at ${serverNameOf(baseUrl)}${options.alertmanagerUrl === undefined ? '' : ' and firing alerts from Alertmanager'}`,
    async doCollect({ alert, window, abortSignal, maxItems }) {
      const evidence: EvidenceInput[] = [];
      const warnings: string[] = [];
      let attempted = 0;
      let failed = 0;
      let lastError: unknown;
      const windowSeconds = (window.end.getTime() - window.start.getTime()) / 1000;
      const step = options.stepSeconds ?? Math.max(1, Math.ceil(windowSeconds / 240));
      for (const planned of planQueries(alert, options, serviceLabels)) {
        abortSignal.throwIfAborted();
        attempted += 1;
        const url = new URL('api/v1/query_range', baseUrl);
        url.searchParams.set('query', planned.query);
        url.searchParams.set('start', (window.start.getTime() / 1000).toFixed(3));
        url.searchParams.set('end', (window.end.getTime() / 1000).toFixed(3));
        url.searchParams.set('step', String(step));
        try {
          const { series, warnings: serverWarnings } = parseRangeResponse(await request(url, abortSignal));
          warnings.push(
            ...serverWarnings.map((warning) => `Prometheus warned about "${planned.name}": ${warning}`),
          );
          if (series.length > maxSeries) {
            warnings.push(
              `"${planned.name}" returned ${series.length} series; examined the first ${maxSeries} (maxSeriesPerQuery).`,
            );
          }
          for (const item of series.slice(0, maxSeries)) {
            const crossing = findBaselineCrossing(item.samples, {
              ...(planned.direction === undefined ? {} : { direction: planned.direction }),
              ...(planned.threshold === undefined ? {} : { threshold: planned.threshold }),
            });
            if (crossing === undefined) continue;
            const graphUrl = new URL('graph', baseUrl);
            graphUrl.searchParams.set('g0.expr', planned.query);
            evidence.push(
              crossingToEvidence({
                queryName: planned.name,
                query: planned.query,
                series: item,
                crossing,
                service: serviceOfSeries(
                  item.labels,
                  planned.service ?? servicesFor(alert, options, serviceLabels)[0],
                ),
                ...(planned.unit === undefined ? {} : { unit: planned.unit }),
                graphUrl: graphUrl.href,
                fixedThreshold: planned.threshold !== undefined,
              }),
            );
          }
        } catch (error) {
          abortSignal.throwIfAborted();
          failed += 1;
          lastError = error;
          warnings.push(`query "${planned.name}" failed: ${(error as Error).message}`);
        }
      }
      if (options.alertmanagerUrl !== undefined) {
        attempted += 1;
        const alertmanagerBase = new URL(
          options.alertmanagerUrl.endsWith('/') ? options.alertmanagerUrl : `${options.alertmanagerUrl}/`,
        );
        const url = new URL('api/v2/alerts', alertmanagerBase);
        url.searchParams.set('active', 'true');
        url.searchParams.set('silenced', 'false');
        url.searchParams.set('inhibited', 'false');
        try {
          const firing = firingAlertsToEvidence(await request(url, abortSignal), window, serviceLabels);
          evidence.push(...firing.evidence);
          if (firing.skipped > 0)
            warnings.push(`skipped ${firing.skipped} malformed alert(s) from Alertmanager`);
        } catch (error) {
          abortSignal.throwIfAborted();
          failed += 1;
          lastError = error;
          warnings.push(`Alertmanager firing alerts failed: ${(error as Error).message}`);
        }
      }
      if (attempted > 0 && failed === attempted) {
        throw new CollectorError({
          collectorId,
          message: `every Prometheus/Alertmanager request failed; first: ${warnings[0] ?? 'unknown error'}`,
          cause: lastError,
        });
      }
      if (attempted === 0) {
        warnings.push(
          'nothing to query: the alert carries no PromQL expression and no service is known; set `services` or `queries`.',
        );
      }
      if (evidence.length > maxItems)
        warnings.push(`kept ${maxItems} of ${evidence.length} metric items (maxItems)`);
      return { evidence: evidence.slice(0, maxItems), warnings };
    },
  };
}
