import { describe, expect, it } from 'vitest';
import { at, fixtureAlert, fixtureChanges, fixtureLogs } from '../__fixtures__/incident-fixture.js';
import {
  AbortedError,
  type AnalyzerV1,
  type CollectorV1,
  createTriagePipeline,
  defineCollector,
  InvalidInputError,
  type TriageLifecycleEvent,
  triageReportSchema,
  UnsupportedSpecificationVersionError,
} from '../index.js';
import { InMemorySinkV1, InMemoryVectorStoreV1, MockCollectorV1 } from '../testing/index.js';

const fixedClock = () => new Date('2026-03-04T10:20:00.000Z');

function fixtureCollectors(): CollectorV1[] {
  return [
    new MockCollectorV1({ collectorId: 'logs', evidence: fixtureLogs() }),
    new MockCollectorV1({ collectorId: 'changes', evidence: fixtureChanges() }),
  ];
}

describe('createTriagePipeline: failure isolation', () => {
  it('turns a throwing collector into a failed degraded source and keeps the others', async () => {
    const pipeline = createTriagePipeline({
      collectors: [
        ...fixtureCollectors(),
        new MockCollectorV1({
          collectorId: 'broken',
          error: new Error('403 Forbidden on namespace kube-system'),
        }),
      ],
    });
    const { report } = await pipeline.run(fixtureAlert);
    expect(report.degradedSources).toEqual([
      expect.objectContaining({ source: 'broken', stage: 'collect', status: 'failed', errorName: 'Error' }),
    ]);
    expect(report.degradedSources[0]?.message).toContain('403 Forbidden');
    expect(report.affectedServices.length).toBeGreaterThan(0);
    expect(report.stats.byCollector.logs).toBeGreaterThan(0);
  });

  it('times out a hanging collector that ignores its AbortSignal, and still reports', async () => {
    const started = Date.now();
    const pipeline = createTriagePipeline({
      collectorTimeoutMs: 150,
      collectors: [
        ...fixtureCollectors(),
        new MockCollectorV1({ collectorId: 'stuck', hang: true, ignoreAbort: true }),
      ],
    });
    const { report } = await pipeline.run(fixtureAlert);
    expect(Date.now() - started).toBeLessThan(10_000);
    const stuck = report.degradedSources.find((source) => source.source === 'stuck');
    expect(stuck).toMatchObject({ status: 'timed-out', errorName: 'TriageTimeoutError' });
    expect(stuck?.message).toContain('150 ms');
    expect(report.changes.length).toBeGreaterThan(0);
  });

  it('aborts a hanging collector through its signal when it times out', async () => {
    const collector = new MockCollectorV1({ collectorId: 'slow', hang: true });
    const pipeline = createTriagePipeline({ collectorTimeoutMs: 50, collectors: [collector] });
    const { report } = await pipeline.run(fixtureAlert);
    expect(collector.calls[0]?.abortSignal.aborted).toBe(true);
    expect(report.degradedSources[0]).toMatchObject({ source: 'slow', status: 'timed-out' });
  });

  it('records a collector that aborts on its own as aborted, without aborting the run', async () => {
    const selfAborting = defineCollector('self-aborting', () => {
      throw new DOMException('The operation was aborted', 'AbortError');
    });
    const { report } = await createTriagePipeline({ collectors: [...fixtureCollectors(), selfAborting] }).run(
      fixtureAlert,
    );
    expect(report.degradedSources).toEqual([
      expect.objectContaining({ source: 'self-aborting', status: 'aborted' }),
    ]);
    expect(report.affectedServices.length).toBeGreaterThan(0);
  });

  it('rejects with AbortedError promptly when the caller aborts, and aborts in-flight collectors', async () => {
    const hanging = new MockCollectorV1({ collectorId: 'hanging', hang: true });
    const badlyBehaved = new MockCollectorV1({ collectorId: 'ignores-abort', hang: true, ignoreAbort: true });
    const controller = new AbortController();
    const running = createTriagePipeline({
      collectors: [hanging, badlyBehaved],
      collectorTimeoutMs: 60_000,
    }).run(fixtureAlert, { abortSignal: controller.signal });
    setTimeout(() => controller.abort(new Error('user cancelled')), 30);
    const started = Date.now();
    await expect(running).rejects.toSatisfy((error: unknown) => AbortedError.isInstance(error));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(hanging.calls[0]?.abortSignal.aborted).toBe(true);
    expect(badlyBehaved.calls[0]?.abortSignal.aborted).toBe(true);
  });

  it('rejects an already-aborted run before calling any collector', async () => {
    const collector = new MockCollectorV1();
    const controller = new AbortController();
    controller.abort();
    await expect(
      createTriagePipeline({ collectors: [collector] }).run(fixtureAlert, { abortSignal: controller.signal }),
    ).rejects.toSatisfy((error: unknown) => AbortedError.isInstance(error));
    expect(collector.calls).toHaveLength(0);
  });

  it('keeps at most `concurrency` collectors in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const collectors = Array.from({ length: 6 }, (_unused, index) =>
      defineCollector(`c${index}`, async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
        return [];
      }),
    );
    await createTriagePipeline({ collectors, concurrency: 2 }).run(fixtureAlert);
    expect(peak).toBe(2);
  });

  it('drops a throwing analyzer and findings citing unknown evidence, keeping the rest', async () => {
    const throwing: AnalyzerV1 = {
      specificationVersion: 'v1',
      analyzerId: 'throws',
      doAnalyze: () => {
        throw new Error('analyzer bug');
      },
    };
    const lying: AnalyzerV1 = {
      specificationVersion: 'v1',
      analyzerId: 'lies',
      doAnalyze: () => ({
        findings: [{ type: 'observation', title: 'made up', evidenceIds: ['ev_does_not_exist'] }],
      }),
    };
    const { report } = await createTriagePipeline({
      collectors: fixtureCollectors(),
      analyzers: (defaults) => [...defaults, throwing, lying],
    }).run(fixtureAlert);
    expect(report.degradedSources.map((source) => [source.source, source.status])).toEqual([
      ['throws', 'failed'],
      ['lies', 'partial'],
    ]);
    expect(report.otherFindings).toEqual([]);
    expect(report.changes.length).toBeGreaterThan(0);
  });
});

describe('createTriagePipeline: window, caps and validation', () => {
  it('queries collectors for the 4 hours before the alert (plus 15 minutes) and drops items outside', async () => {
    const collector = new MockCollectorV1({
      collectorId: 'edge',
      evidence: [
        { kind: 'log', time: at(-241), text: 'too early' },
        { kind: 'log', time: at(-239), text: 'inside' },
        { kind: 'log', time: at(16), text: 'too late' },
      ],
    });
    const { report, evidence } = await createTriagePipeline({ collectors: [collector] }).run(fixtureAlert);
    expect(collector.calls[0]?.window).toEqual({ start: new Date(at(-240)), end: new Date(at(15)) });
    expect(evidence.map((item) => item.text)).toContain('inside');
    expect(report.stats.dropped.outsideWindow).toBe(2);
    expect(report.window).toEqual({ start: at(-240), end: at(15) });
  });

  it('honours a configured window', async () => {
    const collector = new MockCollectorV1({
      collectorId: 'edge',
      evidence: [{ kind: 'log', time: at(-90), text: 'old' }],
    });
    const { report } = await createTriagePipeline({
      collectors: [collector],
      window: { beforeMinutes: 60, afterMinutes: 0 },
    }).run(fixtureAlert);
    expect(collector.calls[0]?.window.start).toEqual(new Date(at(-60)));
    expect(report.stats.dropped.outsideWindow).toBe(1);
  });

  it('keeps the most severe items when a collector exceeds its cap, and says so', async () => {
    const evidence = Array.from({ length: 30 }, (_unused, index) => ({
      kind: 'log' as const,
      time: at(-index),
      severity: index % 6 === 0 ? ('error' as const) : ('info' as const),
      text: `line ${index}`,
    }));
    const { report, evidence: kept } = await createTriagePipeline({
      collectors: [new MockCollectorV1({ collectorId: 'noisy', evidence })],
      limits: { maxItemsPerCollector: 10 },
    }).run(fixtureAlert);
    const fromNoisy = kept.filter((item) => item.collectorId === 'noisy');
    expect(fromNoisy).toHaveLength(10);
    expect(fromNoisy.filter((item) => item.severity === 'error')).toHaveLength(5);
    expect(report.stats.dropped.overCap).toBe(20);
    expect(report.degradedSources[0]?.message).toContain('kept 10');
  });

  it('truncates huge texts and skips invalid items with a message naming the field', async () => {
    const { report, evidence } = await createTriagePipeline({
      collectors: [
        new MockCollectorV1({
          collectorId: 'messy',
          evidence: [
            { kind: 'log', time: at(-1), text: 'x'.repeat(100_000) },
            { kind: 'bogus' as 'log', time: at(-1), text: 'bad kind' },
            { kind: 'log', time: 'yesterday', text: 'bad time' },
          ],
        }),
      ],
      limits: { maxTextLength: 1000 },
    }).run(fixtureAlert);
    const long = evidence.find((item) => item.collectorId === 'messy');
    expect(long?.text.length).toBeLessThan(1100);
    expect(long?.text).toContain('[truncated 99000 chars]');
    expect(report.stats.dropped.invalid).toBe(2);
    expect(report.degradedSources[0]?.message).toMatch(/2 invalid item\(s\) skipped.*kind.*time/s);
  });

  it('rejects an invalid alert naming the field', async () => {
    const pipeline = createTriagePipeline();
    const error = await pipeline
      .run({ title: 'x', startsAt: 'yesterday' })
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues[0]?.path).toBe('startsAt');
    expect((error as Error).message).toContain('"yesterday"');
  });

  it('rejects unknown plugin versions and duplicate ids at creation', () => {
    const future = {
      specificationVersion: 'v2',
      collectorId: 'future',
      doCollect: async () => ({ evidence: [] }),
    };
    expect(() => createTriagePipeline({ collectors: [future as unknown as CollectorV1] })).toThrow(
      UnsupportedSpecificationVersionError,
    );
    expect(() =>
      createTriagePipeline({
        collectors: [new MockCollectorV1({ collectorId: 'a' }), new MockCollectorV1({ collectorId: 'a' })],
      }),
    ).toThrow(/used twice/);
    expect(() => createTriagePipeline({ concurrency: 0 })).toThrow(/concurrency/);
  });
});

describe('createTriagePipeline: the report', () => {
  it('validates against the schema, and every cited evidence id resolves inside it', async () => {
    const { report } = await createTriagePipeline({ collectors: fixtureCollectors() }).run(fixtureAlert);
    expect(triageReportSchema.safeParse(report).success).toBe(true);
    const included = new Set(report.evidence.map((item) => item.id));
    const sections = [
      report.onset,
      ...report.affectedServices,
      ...report.timeline,
      ...report.errorPatterns,
      ...report.changes,
      ...report.suggestions,
    ];
    const cited = new Set(sections.flatMap((finding) => finding?.evidenceIds ?? []));
    expect(cited.size).toBeGreaterThan(0);
    for (const id of cited) expect(included.has(id)).toBe(true);
    expect(included.size).toBe(cited.size);
  });

  it('answers the four questions for the fixture incident', async () => {
    const { report } = await createTriagePipeline({ collectors: fixtureCollectors() }).run(fixtureAlert);
    expect(report.affectedServices.map((finding) => finding.service).slice(0, 2)).toEqual([
      'inventory',
      'checkout',
    ]);
    expect(report.onset).toMatchObject({ basis: 'error-onset', time: at(-11.9) });
    expect(report.changes[0]?.title).toContain('lower DB pool size');
    expect(report.changes[0]?.causality).toBe('co-occurring — not proven causal');
    expect(report.errorPatterns[0]?.count).toBe(22);
    expect(report.suggestions[0]?.title).toContain('inventory');
    expect(report.timeline.map((entry) => entry.time)).toEqual(
      [...report.timeline.map((entry) => entry.time)].sort(),
    );
    expect(report.alert.severity).toBe('critical');
    expect(report.summary).toBeNull();
  });

  it('is deterministic: same input, same report (apart from the wall time)', async () => {
    const first = await createTriagePipeline({ collectors: fixtureCollectors(), clock: fixedClock }).run(
      fixtureAlert,
    );
    const second = await createTriagePipeline({ collectors: fixtureCollectors(), clock: fixedClock }).run(
      fixtureAlert,
    );
    const strip = (report: typeof first.report) => ({
      ...report,
      budget: { ...report.budget, wallTimeMs: null },
      degradedSources: report.degradedSources.map((source) => ({ ...source, durationMs: 0 })),
    });
    expect(strip(second.report)).toEqual(strip(first.report));
  });

  it('emits lifecycle events in order and survives a throwing listener', async () => {
    const events: TriageLifecycleEvent['type'][] = [];
    const { report } = await createTriagePipeline({
      collectors: fixtureCollectors(),
      onEvent: (event) => {
        events.push(event.type);
        throw new Error('listener bug');
      },
    }).run(fixtureAlert);
    expect(report.id).toMatch(/^rpt_/);
    expect(events[0]).toBe('run-started');
    expect(events.at(-1)).toBe('run-finished');
    expect(events.filter((type) => type === 'collector-finished')).toHaveLength(2);
  });

  it('retries a failing sink with backoff until it succeeds', async () => {
    const sink = new InMemorySinkV1({ failTimes: 2 });
    const { deliveries } = await createTriagePipeline({
      collectors: fixtureCollectors(),
      sinks: [sink],
      sinkRetry: { initialDelayMs: 1 },
    }).run(fixtureAlert);
    expect(deliveries).toEqual([expect.objectContaining({ sinkId: 'in-memory', ok: true, attempts: 3 })]);
    expect(sink.reports).toHaveLength(1);
  });

  it('does not retry a non-retryable sink failure', async () => {
    const sink = new InMemorySinkV1({ failTimes: 5, retryable: false });
    const { deliveries } = await createTriagePipeline({
      sinks: [sink],
      sinkRetry: { initialDelayMs: 1 },
    }).run(fixtureAlert);
    expect(deliveries[0]).toMatchObject({ ok: false, attempts: 1 });
  });

  it('lists runbooks from the knowledge base, or says none fits', async () => {
    const store = new InMemoryVectorStoreV1();
    await store.doUpsert({
      documents: [
        {
          id: 'rb-pool',
          title: 'Database connection pool exhausted',
          text: 'When the db connection pool is exhausted, check pool size and slow queries. inventory checkout',
          metadata: { kind: 'runbook' },
        },
        {
          id: 'rb-cert',
          title: 'TLS certificate expiry',
          text: 'Renew the certificate with cert-manager.',
          metadata: { kind: 'runbook' },
        },
      ],
    });
    const { report } = await createTriagePipeline({
      collectors: fixtureCollectors(),
      knowledgeBase: { store, topK: 2 },
    }).run(fixtureAlert);
    expect(report.runbooks?.matches[0]?.id).toBe('rb-pool');
    expect(report.runbooks?.confident).toBe(true);
    const empty = new InMemoryVectorStoreV1();
    const { report: withEmpty } = await createTriagePipeline({ knowledgeBase: { store: empty } }).run(
      fixtureAlert,
    );
    expect(withEmpty.runbooks?.confident).toBe(false);
  });
});
