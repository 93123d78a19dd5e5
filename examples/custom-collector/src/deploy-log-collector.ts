import { defineCollector } from '@triagekit/core';

/** One line of a deploy log: `2026-03-04T14:08:00Z payments v1.42.0 deployed by dana`. */
const LINE = /^(\S+) (\S+) (\S+) deployed by (\S+)$/;

/** Reads deploys from a text log (any async source of lines) and reports those inside the window. */
export function deployLogCollector(readLines: () => Promise<string[]>) {
  return defineCollector('deploy-log', async ({ window }) =>
    (await readLines())
      .map((line) => LINE.exec(line))
      .filter((match) => match !== null)
      .map(([, time, service, version, author]) => ({
        kind: 'change' as const,
        time: time as string,
        service,
        text: `${service} ${version} deployed by ${author}`,
      }))
      .filter(
        (item) =>
          Date.parse(item.time) >= window.start.getTime() && Date.parse(item.time) <= window.end.getTime(),
      ),
  );
}
