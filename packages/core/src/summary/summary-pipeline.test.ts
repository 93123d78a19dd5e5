import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../errors/api-call-error.js';
import {
  AbortedError,
  CO_OCCURRING_LABEL,
  createTriagePipeline,
  InvalidInputError,
  renderReportMarkdown,
  type TriagePipelineOptions,
  type TriageReport,
  triageReportSchema,
  UnsupportedSpecificationVersionError,
} from '../index.js';
import type { LlmProviderV1GenerateOptions } from '../spec/llm-provider-v1.js';
import { ScriptedLlmProviderV1, type ScriptedLlmStepV1 } from '../testing/index.js';
import {
  firstShown,
  fixtureAlert,
  groundedAnswer,
  scenarioCollectors,
} from './__fixtures__/summary-scenario.js';

type SummaryOverrides = Partial<NonNullable<TriagePipelineOptions['summary']>>;

async function triage(
  script: readonly ScriptedLlmStepV1[],
  options: Omit<TriagePipelineOptions, 'summary'> & { summary?: SummaryOverrides } = {},
) {
  const provider = new ScriptedLlmProviderV1({ script });
  const { summary, ...rest } = options;
  const pipeline = createTriagePipeline({
    collectors: scenarioCollectors(),
    ...rest,
    summary: { provider, ...summary },
  });
  const result = await pipeline.run(fixtureAlert);
  return { ...result, provider };
}

/** The deterministic part of a report, which no summary outcome may change. */
function deterministicPart(report: TriageReport) {
  const { affectedServices, timeline, errorPatterns, changes, suggestions, onset } = report;
  return { affectedServices, timeline, errorPatterns, changes, suggestions, onset };
}

async function deterministicReport(): Promise<TriageReport> {
  return (await createTriagePipeline({ collectors: scenarioCollectors() }).run(fixtureAlert)).report;
}

function expectDegradedSummary(report: TriageReport, status: string, errorName: string | null) {
  expect(report.summary).toBeNull();
  expect(report.degradedSources).toContainEqual(
    expect.objectContaining({ source: 'scripted', stage: 'summarize', status, errorName }),
  );
  expect(triageReportSchema.safeParse(report).success).toBe(true);
}

describe('summary: a valid answer', () => {
  it('becomes a cited summary whose every id resolves in the report', async () => {
    const { report, provider } = await triage([groundedAnswer]);
    expect(provider.calls).toHaveLength(1);
    const summary = report.summary;
    expect(summary).not.toBeNull();
    expect(summary?.sections?.sequenceOfEvents[0]?.text).toContain('09:33 UTC');
    expect(summary?.claims).toHaveLength(4);
    expect(summary?.droppedClaims).toBe(0);
    const evidenceIds = new Set(report.evidence.map((item) => item.id));
    for (const claim of summary?.claims ?? []) {
      expect(claim.evidenceIds.length).toBeGreaterThan(0);
      for (const id of claim.evidenceIds) expect(evidenceIds.has(id)).toBe(true);
    }
    expect(report.summaryStatus).toMatch(
      /^Summary by scripted\/scripted-model: 5 cited claim\(s\) kept, 0 dropped/,
    );
    expect(triageReportSchema.safeParse(report).success).toBe(true);
  });

  it('leaves the deterministic findings exactly as they are without an LLM', async () => {
    const { report } = await triage([groundedAnswer]);
    expect(deterministicPart(report)).toEqual(deterministicPart(await deterministicReport()));
  });

  it('records the call: JSON response format, temperature 0, default output cap, usage in the budget', async () => {
    const { report, provider } = await triage([groundedAnswer], { budget: { promptTokens: 50_000 } });
    const call = provider.calls[0] as LlmProviderV1GenerateOptions;
    expect(call.responseFormat).toMatchObject({ type: 'json', name: 'triage_summary' });
    expect(call.temperature).toBe(0);
    expect(call.maxOutputTokens).toBe(2_000);
    expect(report.budget.llmCalls).toBe(1);
    const characters = call.messages.reduce((total, message) => total + message.content.length, 0);
    // ScriptedLlmProviderV1 reports one token per four characters; the report takes the provider's count.
    expect(report.budget.promptTokens).toEqual({ used: Math.ceil(characters / 4), limit: 50_000 });
    expect(report.budget.outputTokens.used).toBeGreaterThan(0);
  });

  it('runs as the summarize stage, after retrieval and before delivery', async () => {
    const stages: string[] = [];
    await triage([groundedAnswer], {
      onEvent: (event) => {
        if (event.type === 'stage-started') stages.push(event.stage);
      },
    });
    expect(stages).toEqual(['collect', 'redact', 'analyze', 'summarize']);
  });

  it('shows the summary with its citations in the Markdown report', async () => {
    const { report } = await triage([groundedAnswer]);
    const markdown = renderReportMarkdown(report);
    const claim = report.summary?.sections?.errorPatterns[0];
    expect(markdown).toContain('## Summary');
    expect(markdown).toContain(`\`${claim?.evidenceIds[0]}\``);
    expect(markdown.indexOf('## Summary')).toBeLessThan(markdown.indexOf('## Affected services'));
  });
});

describe('summary: grounding', () => {
  it('drops uncited and unknown-id claims and counts them by reason', async () => {
    const answer = (call: LlmProviderV1GenerateOptions) => {
      const pattern = firstShown(call, 'error-pattern');
      return JSON.stringify({
        overview: { text: 'inventory is failing.', evidenceIds: [pattern] },
        affectedServices: [
          { text: 'payments is down too.', evidenceIds: ['ev_0000000000000000'] },
          { text: 'search is slow.', evidenceIds: [] },
        ],
        sequenceOfEvents: [{ text: 'It started at 09:48.', evidenceIds: [pattern, 'fd_invented'] }],
        errorPatterns: [{ text: 'pool exhausted 22 times.', evidenceIds: [pattern] }],
        areasToInvestigate: [{ text: 'Look at inventory.' }],
      });
    };
    const { report } = await triage([answer]);
    expect(report.summary?.claims.map((claim) => claim.text)).toEqual(['pool exhausted 22 times.']);
    expect(report.summary?.droppedClaims).toBe(4);
    expect(report.summary?.droppedClaimsByReason).toEqual({ uncited: 2, unknownEvidenceId: 2, emptyText: 0 });
    expect(report.summaryStatus).toContain('4 dropped (2 uncited, 2 citing ids not in the data)');
  });

  it('rewrites causal wording about changes to co-occurrence and counts it', async () => {
    const answer = (call: LlmProviderV1GenerateOptions) => {
      const change = firstShown(call, 'change');
      const pattern = firstShown(call, 'error-pattern');
      return JSON.stringify({
        overview: { text: 'The pool size change caused the outage.', evidenceIds: [change] },
        affectedServices: [],
        sequenceOfEvents: [
          { text: 'The 09:33 change triggered the pool errors at 09:48.', evidenceIds: [change, pattern] },
        ],
        errorPatterns: [{ text: 'Checkout times out because inventory is slow.', evidenceIds: [pattern] }],
        areasToInvestigate: [
          { text: 'The root cause is the inventory DB pool change.', evidenceIds: [change] },
        ],
      });
    };
    const { report } = await triage([answer]);
    const summary = report.summary;
    expect(summary?.causalClaimsRewritten).toBe(3);
    expect(summary?.text).toBe(`The pool size change co-occurred with the outage (${CO_OCCURRING_LABEL}).`);
    expect(summary?.sections?.sequenceOfEvents[0]?.originalText).toBe(
      'The 09:33 change triggered the pool errors at 09:48.',
    );
    expect(summary?.sections?.areasToInvestigate[0]?.text).not.toMatch(/root cause/i);
    // A claim about a symptom, citing no change, keeps its wording.
    expect(summary?.sections?.errorPatterns[0]).toEqual(
      expect.objectContaining({ text: 'Checkout times out because inventory is slow.' }),
    );
    expect(report.summaryStatus).toContain('3 causal phrasing(s) about changes hedged');
  });

  it('gives no summary when no claim cites anything that resolves', async () => {
    const answer = JSON.stringify({
      overview: { text: 'All is fine.', evidenceIds: [] },
      affectedServices: [{ text: 'none', evidenceIds: ['ev_nope'] }],
      sequenceOfEvents: [],
      errorPatterns: [],
      areasToInvestigate: [],
    });
    const { report } = await triage([answer]);
    expectDegradedSummary(report, 'failed', null);
    expect(report.summaryStatus).toContain(
      'no claim whose citations resolve; 2 claim(s) dropped (1 uncited, 1 citing ids',
    );
    expect(report.changes.length).toBeGreaterThan(0);
  });
});

describe('summary: the model fails or answers junk', () => {
  it('repairs invalid JSON with one more call when the budget allows', async () => {
    const { report, provider } = await triage(['Sure! The incident is about inventory.', groundedAnswer]);
    expect(provider.calls).toHaveLength(2);
    expect(provider.calls[1]?.messages.map((message) => message.role)).toEqual([
      'system',
      'user',
      'assistant',
      'user',
    ]);
    expect(provider.calls[1]?.messages[2]?.content).toBe('Sure! The incident is about inventory.');
    expect(report.summary?.claims.length).toBeGreaterThan(0);
    expect(report.budget.llmCalls).toBe(2);
    expect(report.summaryStatus).toContain('One repair attempt was made.');
  });

  it('says why when the answer stays invalid JSON', async () => {
    const { report, provider } = await triage(['not json', '{"overview": ']);
    expect(provider.calls).toHaveLength(2);
    expectDegradedSummary(report, 'failed', 'TriageLlmOutputParseError');
    expect(report.summaryStatus).toMatch(/^No summary: The answer of "scripted" is not valid JSON/);
    expect(deterministicPart(report)).toEqual(deterministicPart(await deterministicReport()));
  });

  it('names the missing fields, and makes no repair call when repair is off', async () => {
    const answer = JSON.stringify({ overview: { text: 'x', evidenceIds: [] }, affectedServices: [] });
    const { report, provider } = await triage([answer], { summary: { maxRepairAttempts: 0 } });
    expect(provider.calls).toHaveLength(1);
    expectDegradedSummary(report, 'failed', 'TriageLlmOutputParseError');
    expect(report.summaryStatus).toContain('sequenceOfEvents');
    expect(report.summaryStatus).toContain('areasToInvestigate');
  });

  it('does not repair an answer cut off at the output limit, and says so', async () => {
    const { report, provider } = await triage([
      { text: '{"overview": {"text": "inventory', finishReason: 'length' },
    ]);
    expect(provider.calls).toHaveLength(1);
    expect(report.summaryStatus).toContain('cut off at 2000 output tokens');
  });

  it('times out a model that does not answer, aborting its call', async () => {
    const waitForAbort: ScriptedLlmStepV1 = (call) =>
      new Promise((_resolve, reject) =>
        call.abortSignal?.addEventListener('abort', () => reject(call.abortSignal?.reason)),
      );
    const { report, provider } = await triage([waitForAbort], { summary: { timeoutMs: 50 } });
    expectDegradedSummary(report, 'timed-out', 'TriageTimeoutError');
    expect(provider.calls[0]?.abortSignal?.aborted).toBe(true);
    expect(report.summaryStatus).toContain('did not answer within 50 ms');
    expect(report.budget.llmCalls).toBe(1);
  });

  it('stops waiting for a model that ignores its AbortSignal', async () => {
    const { report } = await triage([() => new Promise<never>(() => undefined)], {
      summary: { timeoutMs: 50 },
    });
    expectDegradedSummary(report, 'timed-out', 'TriageTimeoutError');
  });

  it('turns an ApiCallError into a reason, keeping every finding', async () => {
    const error = new ApiCallError({
      message: 'The server had an error while processing your request.',
      url: 'https://api.example.com/v1/chat/completions',
      statusCode: 503,
    });
    const { report } = await triage([error]);
    expectDegradedSummary(report, 'failed', 'TriageApiCallError');
    expect(report.summaryStatus).toContain('(HTTP 503)');
    expect(report.summaryStatus).toContain('transient');
    expect(deterministicPart(report)).toEqual(deterministicPart(await deterministicReport()));
  });

  it('reports provider warnings as a partial source', async () => {
    const { report } = await triage([
      (call) => ({ text: groundedAnswer(call), warnings: ['temperature is not supported'] }),
    ]);
    expect(report.summary).not.toBeNull();
    expect(report.degradedSources).toContainEqual(
      expect.objectContaining({
        stage: 'summarize',
        status: 'partial',
        message: expect.stringContaining('temperature'),
      }),
    );
  });

  it('rejects with AbortedError when the caller aborts during the call', async () => {
    const controller = new AbortController();
    const provider = new ScriptedLlmProviderV1({
      script: [
        (call) =>
          new Promise((_resolve, reject) => {
            call.abortSignal?.addEventListener('abort', () => reject(call.abortSignal?.reason));
            controller.abort(new Error('user cancelled'));
          }),
      ],
    });
    const running = createTriagePipeline({ collectors: scenarioCollectors(), summary: { provider } }).run(
      fixtureAlert,
      {
        abortSignal: controller.signal,
      },
    );
    await expect(running).rejects.toSatisfy((error: unknown) => AbortedError.isInstance(error));
    expect(provider.calls[0]?.abortSignal?.aborted).toBe(true);
  });
});

describe('summary: budgets', () => {
  it('makes no call when even the smallest prompt exceeds the prompt-token budget', async () => {
    const { report, provider } = await triage([groundedAnswer], { budget: { promptTokens: 100 } });
    expect(provider.calls).toHaveLength(0);
    expectDegradedSummary(report, 'failed', 'TriageBudgetExceededError');
    expect(report.summaryStatus).toMatch(
      /prompt-tokens but the budget allows 100\. .*The call was not made\./,
    );
    expect(report.budget).toMatchObject({ llmCalls: 0, promptTokens: { used: 0, limit: 100 } });
  });

  it('shrinks the context to fit the prompt budget and stays under it', async () => {
    const countTokens = (text: string) => Math.ceil(text.length / 3);
    const sentTokens = (call: LlmProviderV1GenerateOptions) => {
      const schema = call.responseFormat?.type === 'json' ? call.responseFormat.schema : undefined;
      const messages = call.messages.reduce((total, message) => total + countTokens(message.content) + 4, 0);
      return messages + (schema ? countTokens(JSON.stringify(schema)) : 0);
    };
    const unbounded = await triage([groundedAnswer], { summary: { countTokens } });
    const fullTokens = sentTokens(unbounded.provider.calls[0] as LlmProviderV1GenerateOptions);
    const limit = Math.floor(fullTokens * 0.8);
    const { report, provider } = await triage([groundedAnswer], {
      budget: { promptTokens: limit },
      summary: { countTokens },
    });
    expect(provider.calls).toHaveLength(1);
    const call = provider.calls[0] as LlmProviderV1GenerateOptions;
    expect(sentTokens(call)).toBeLessThanOrEqual(limit);
    // The top change and error pattern survive the cut.
    const full = unbounded.provider.calls[0] as LlmProviderV1GenerateOptions;
    expect(firstShown(call, 'change')).toBe(firstShown(full, 'change'));
    expect(firstShown(call, 'error-pattern')).toBe(firstShown(full, 'error-pattern'));
    expect(report.summary).not.toBeNull();
    expect(report.summaryStatus).toContain('The context was shrunk');
  });

  it('makes no call when the output-token budget leaves too little to answer, and caps it otherwise', async () => {
    const starved = await triage([groundedAnswer], { budget: { outputTokens: 100 } });
    expect(starved.provider.calls).toHaveLength(0);
    expect(starved.report.summaryStatus).toContain('output-tokens');
    const capped = await triage([groundedAnswer], { budget: { outputTokens: 700 } });
    expect(capped.provider.calls[0]?.maxOutputTokens).toBe(700);
  });

  it('checks the worst-case cost before the call when prices are known', async () => {
    // $10 per million prompt tokens and $30 per million output tokens; $0.01 buys less than the smallest prompt
    // plus the minimum answer.
    const pricing = { inputUsdPerMillionTokens: 10, outputUsdPerMillionTokens: 30 };
    const broke = await triage([groundedAnswer], { budget: { costUsd: 0.005 }, summary: { pricing } });
    expect(broke.provider.calls).toHaveLength(0);
    expect(broke.report.summaryStatus).toContain('cost-usd');
    const funded = await triage([groundedAnswer], { budget: { costUsd: 1 }, summary: { pricing } });
    const { promptTokens, outputTokens, costUsd } = funded.report.budget;
    expect(costUsd.used).toBeCloseTo((promptTokens.used * 10 + outputTokens.used * 30) / 1_000_000, 12);
    // The output cap leaves room for the prompt within the dollars left.
    const call = funded.provider.calls[0] as LlmProviderV1GenerateOptions;
    expect(call.maxOutputTokens).toBe(2_000);
  });

  it('accounts the cost a provider reports, and uses the provider’s own prices', async () => {
    const reported = await triage([(call) => ({ text: groundedAnswer(call), costUsd: 0.0123 })]);
    expect(reported.report.budget.costUsd.used).toBe(0.0123);
    const provider = Object.assign(new ScriptedLlmProviderV1({ script: [groundedAnswer] }), {
      pricing: { inputUsdPerMillionTokens: 1_000_000, outputUsdPerMillionTokens: 1_000_000 },
    });
    const { report } = await createTriagePipeline({
      collectors: scenarioCollectors(),
      budget: { costUsd: 1 },
      summary: { provider },
    }).run(fixtureAlert);
    expect(provider.calls).toHaveLength(0);
    expect(report.summaryStatus).toContain('cost-usd');
  });

  it('skips the repair call when it would not fit the prompt budget', async () => {
    const countTokens = (text: string) => Math.ceil(text.length / 3);
    const first = await triage([groundedAnswer], { summary: { countTokens } });
    const call = first.provider.calls[0] as LlmProviderV1GenerateOptions;
    const schema = call.responseFormat?.type === 'json' ? call.responseFormat.schema : {};
    const tokens =
      call.messages.reduce((total, message) => total + countTokens(message.content) + 4, 0) +
      countTokens(JSON.stringify(schema));
    const { report, provider } = await triage(['not json', groundedAnswer], {
      // Room for the first prompt (the scripted provider reports fewer tokens than this counter), not for both.
      budget: { promptTokens: tokens + 50 },
      summary: { countTokens },
    });
    expect(provider.calls).toHaveLength(1);
    expect(report.summaryStatus).toContain('No repair attempt');
  });

  it('makes no call when the wall-time budget leaves less than a second', async () => {
    const { report, provider } = await triage([groundedAnswer], { budget: { wallTimeMs: 500 } });
    expect(provider.calls).toHaveLength(0);
    expect(report.summaryStatus).toContain('wall-time-ms');
  });
});

describe('summary: configuration', () => {
  it('rejects bad summary options with the field named', () => {
    const provider = new ScriptedLlmProviderV1({ script: [] });
    const issuesOf = (options: TriagePipelineOptions): string[] => {
      try {
        createTriagePipeline(options);
      } catch (error) {
        if (InvalidInputError.isInstance(error)) return error.issues.map((issue) => issue.path);
        throw error;
      }
      return [];
    };
    expect(
      issuesOf({
        budget: { costUsd: -1 },
        summary: { provider, maxOutputTokens: 0, temperature: 3, maxRepairAttempts: 2 as 0 | 1 },
      }),
    ).toEqual([
      'budget.costUsd',
      'summary.maxOutputTokens',
      'summary.temperature',
      'summary.maxRepairAttempts',
    ]);
    expect(issuesOf({ budget: { promptTokens: 0, costUsd: 0 }, summary: { provider } })).toEqual([]);
    const future = {
      ...provider,
      specificationVersion: 'v2',
      providerId: 'future',
      doGenerate: provider.doGenerate,
    };
    expect(() => createTriagePipeline({ summary: { provider: future as never } })).toThrow(
      UnsupportedSpecificationVersionError,
    );
  });

  it('keeps the report id of configurations without a provider, and changes it with one', async () => {
    const plain = await deterministicReport();
    const again = await deterministicReport();
    const { report } = await triage([groundedAnswer]);
    expect(again.id).toBe(plain.id);
    expect(report.id).not.toBe(plain.id);
  });
});
