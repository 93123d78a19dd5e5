import { createServer } from 'node:http';

/** A tiny `/metrics` endpoint whose request and error rates a test controls. */
export interface MetricsEndpoint {
  /** `host:port` for a Prometheus scrape config. */
  readonly target: string;
  /** Sets requests per second and the share of them that fail (HTTP 500), from now on. */
  setTraffic(traffic: { readonly requestsPerSecond: number; readonly errorShare: number }): void;
  /** How many times Prometheus scraped it. */
  scrapes(): number;
  close(): Promise<void>;
}

/**
 * Serves `http_requests_total{service, code}` counters in the Prometheus text format, integrating the
 * configured rates over real time, so rate() queries see exactly the traffic the test sets.
 */
export async function startMetricsEndpoint(service: string): Promise<MetricsEndpoint> {
  let traffic = { requestsPerSecond: 20, errorShare: 0 };
  let last = Date.now();
  let ok = 0;
  let failed = 0;
  let scrapeCount = 0;
  const advance = () => {
    const now = Date.now();
    const requests = ((now - last) / 1000) * traffic.requestsPerSecond;
    failed += requests * traffic.errorShare;
    ok += requests * (1 - traffic.errorShare);
    last = now;
  };
  const server = createServer((request, response) => {
    if (request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    advance();
    scrapeCount += 1;
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    response.end(
      [
        '# HELP http_requests_total Requests handled.',
        '# TYPE http_requests_total counter',
        `http_requests_total{service="${service}",code="200"} ${ok.toFixed(3)}`,
        `http_requests_total{service="${service}",code="500"} ${failed.toFixed(3)}`,
        '',
      ].join('\n'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    target: `127.0.0.1:${port}`,
    setTraffic(next) {
      advance();
      traffic = { ...next };
    },
    scrapes: () => scrapeCount,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
