import { readFileSync } from 'node:fs';
import { awsError, type RecordedRequest, type ReplayAnswer } from './cloudtrail-replay-server.js';

function nextTokenOf(fixture: string): string | undefined {
  const body = JSON.parse(readFileSync(new URL(`./${fixture}`, import.meta.url), 'utf8')) as {
    NextToken?: string;
  };
  return body.NextToken;
}

/**
 * A replay script serving recorded pages per region, the way CloudTrail paginates: a request without
 * `NextToken` gets the region's first page, a request carrying page N's `NextToken` gets page N + 1, and an
 * unknown token gets `InvalidNextTokenException`. Regions not listed answer with an empty page.
 */
export function replayPages(
  pages: Readonly<Record<string, readonly string[]>>,
): (request: RecordedRequest) => ReplayAnswer {
  const byToken = new Map<string, string>();
  for (const [region, fixtures] of Object.entries(pages)) {
    fixtures.forEach((fixture, index) => {
      const token = nextTokenOf(fixture);
      const next = fixtures[index + 1];
      if (token && next) byToken.set(`${region}|${token}`, next);
    });
  }
  return (request) => {
    const fixtures = request.region ? pages[request.region] : undefined;
    if (!fixtures) return { fixture: 'lookup-events-empty.json' };
    const token = request.body?.NextToken;
    if (token === undefined) return { fixture: fixtures[0] };
    const next = byToken.get(`${request.region}|${String(token)}`);
    return next
      ? { fixture: next }
      : awsError(400, 'InvalidNextTokenException', 'Invalid NextToken. The token is invalid or expired.');
  };
}
