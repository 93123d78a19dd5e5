import { it } from 'vitest';
import { LogRecordReader, parseLogLine } from '@triagekit/logs';
it('probe', () => {
  for (const line of ['2026-03-04T09:58:00.000Z ERROR checkout: payment call failed', '2026-03-04T09:00:00.000Z ERROR from the live file', '2026-03-04T10:01:00.000Z WARN retry budget low']) console.log(JSON.stringify(parseLogLine(line)));
  const reader = new LogRecordReader({ referenceYear: 2026 });
  const out = [];
  for (const l of ['2026-03-04T09:58:00.000Z ERROR a', '2026-03-04T09:58:01.000Z INFO b']) out.push(...reader.push(l));
  out.push(...reader.flush());
  console.log(JSON.stringify(out));
});
