import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PromptInjectionFinding, TriageReport } from '@triagekit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROMPT_INJECTION_CORPUS } from '../../../core/src/summary/__fixtures__/prompt-injection-corpus.js';
import { splitPrompt } from '../../../core/src/summary/__fixtures__/split-prompt.js';
import {
  ANTHROPIC_TEST_API_KEY,
  startAnthropicReplayServer,
} from '../../../llm-providers/src/__fixtures__/anthropic-replay-server.js';
import {
  OPENAI_TEST_API_KEY,
  type OpenAiReplayServer,
  type OpenAiReplayServerOptions,
  startOpenAiReplayServer,
} from '../../../llm-providers/src/__fixtures__/openai-replay-server.js';
import type {
  RecordedRequest,
  ReplayServer,
} from '../../../llm-providers/src/__fixtures__/replay-http-server.js';
import { createInjectionIncident, INJECTION_CASE_ATTRIBUTE } from '../__fixtures__/llm/injection-incident.js';
import {
  createLeakIncident,
  PLANTED_IDENTIFIERS,
  plantedSecrets,
} from '../__fixtures__/llm/leak-incident.js';
import { createSmallIncident } from '../__fixtures__/llm/small-incident.js';
import { CAUSAL_CLAIM, MADE_UP_EVIDENCE_ID } from '../__fixtures__/llm/summary-answer-from-prompt.js';
import {
  anthropicSummaryAnswer,
  openAiChatCompletion,
  openAiSummaryAnswer,
  userPromptOf,
} from '../__fixtures__/llm/summary-replay-steps.js';
import { type IncidentFiles, writeIncidentFiles } from '../__fixtures__/llm/write-incident-files.js';
import { runCliInMemory } from '../__fixtures__/run-cli-in-memory.js';
import { NO_LLM_CONFIGURED_NOTICE } from '../config/llm/resolve-llm-summary.js';
import { EXIT_CODES } from '../exit-codes.js';

let directory: string;
const servers: ReplayServer[] = [];

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-llm-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await rm(directory, { recursive: true, force: true });
});

async function openAiServer(script: OpenAiReplayServerOptions['script']): Promise<OpenAiReplayServer> {
  const server = await startOpenAiReplayServer({ script });
  servers.push(server);
  return server;
}

function openAiEnvironment(server: OpenAiReplayServer): Record<string, string> {
  return { OPENAI_API_KEY: OPENAI_TEST_API_KEY, OPENAI_BASE_URL: server.baseURL };
}

function cli(argv: string[], environment: Record<string, string>) {
  return runCliInMemory(argv, { cwd: directory, environment });
}

async function readReport(out: string): Promise<TriageReport> {
  return JSON.parse(await readFile(join(directory, out, 'report.json'), 'utf8')) as TriageReport;
}

/** `triagekit run` on an incident written into a subfolder, with `config` added to its config file. */
async function runIncident(
  name: string,
  incident: IncidentFiles,
  config: Record<string, unknown>,
  environment: Record<string, string>,
  extra: string[] = [],
) {
  const folder = join(directory, name);
  await writeIncidentFiles(folder, incident, config);
  const result = await runCliInMemory(
    ['run', '--alert', 'alert.json', '--config', 'config.json', '--out', 'out', ...extra],
    { cwd: folder, environment },
  );
  return { ...result, report: await readReport(join(name, 'out')) };
}

/** Every string in a parsed request body: what the server received, decoded from JSON. */
function decodedStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(decodedStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(decodedStrings);
  return [];
}

function wireTextOf(request: RecordedRequest): string {
  return `${request.bodyText}\n${decodedStrings(request.body).join('\n')}`;
}

/** A masking placeholder such as `host-3` standing alone (not `ip-10-0-3-17.compute.internal`). */
function placeholder(prefix: string): RegExp {
  return new RegExp(`(?<![\\w.-])${prefix}-\\d+(?![\\w.-])`);
}

/** The parts of a report that do not depend on the model. */
function findingsOf(report: TriageReport) {
  return {
    onset: report.onset,
    affectedServices: report.affectedServices,
    timeline: report.timeline,
    errorPatterns: report.errorPatterns,
    changes: report.changes,
    suggestions: report.suggestions,
    otherFindings: report.otherFindings,
    redaction: report.redaction,
  };
}

function expectGroundedSummary(report: TriageReport): void {
  const summary = report.summary;
  expect(summary).not.toBeNull();
  const evidenceIds = new Set(report.evidence.map((item) => item.id));
  expect(summary?.claims.length).toBeGreaterThanOrEqual(4);
  for (const id of [
    ...(summary?.overviewEvidenceIds ?? []),
    ...(summary?.claims ?? []).flatMap((claim) => claim.evidenceIds),
  ]) {
    expect(evidenceIds.has(id)).toBe(true);
  }
  expect(summary?.droppedClaims).toBeGreaterThanOrEqual(1);
  expect(summary?.droppedClaimsByReason?.unknownEvidenceId).toBe(1);
  expect(JSON.stringify(summary)).not.toContain(MADE_UP_EVIDENCE_ID);
  const causal = summary?.claims.find((claim) => claim.originalText === CAUSAL_CLAIM);
  expect(causal?.text).toContain('co-occurring — not proven causal');
  expect(causal?.text).not.toMatch(/\bcaused\b/);
  expect(summary?.causalClaimsRewritten).toBeGreaterThanOrEqual(1);
  expect(report.budget.llmCalls).toBe(1);
  expect(report.budget.promptTokens.used).toBeGreaterThan(0);
  expect(report.budget.outputTokens.used).toBeGreaterThan(0);
  expect(report.budget.costUsd.used).toBeGreaterThan(0);
}

describe('triagekit demo with an LLM key in the environment', () => {
  it('writes a summary grounded in the evidence with OpenAI', async () => {
    const server = await openAiServer((request) => openAiSummaryAnswer(request));
    const { code, stdout, stderr } = await cli(['demo', '--out', 'd', '--json'], openAiEnvironment(server));
    expect(code).toBe(EXIT_CODES.ok);
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0] as RecordedRequest;
    expect([request.method, request.path]).toEqual(['POST', '/v1/chat/completions']);
    expect(request.body?.model).toBe('gpt-4.1-mini');
    expect(request.body?.tools).toBeUndefined();
    expect(stderr.split('\n').filter((line) => line.includes('LLM summary by'))).toEqual([
      expect.stringContaining('openai/gpt-4.1-mini'),
    ]);

    const report = await readReport('d');
    expectGroundedSummary(report);
    expect(report.summary?.providerId).toBe('openai');
    const printed = JSON.parse(stdout);
    expect(printed.summary).toMatchObject({ providerId: 'openai', claims: report.summary?.claims.length });
    expect(printed.summaryStatus).toBe(report.summaryStatus);
    expect(printed.llmUsage).toEqual({
      calls: 1,
      promptTokens: report.budget.promptTokens.used,
      outputTokens: report.budget.outputTokens.used,
      costUsd: report.budget.costUsd.used,
    });
    const markdown = await readFile(join(directory, 'd', 'report.md'), 'utf8');
    expect(markdown).toContain('co-occurring — not proven causal');
  });

  it('writes a summary grounded in the evidence with Anthropic, and prints its status and cost', async () => {
    const server = await startAnthropicReplayServer({ script: (request) => anthropicSummaryAnswer(request) });
    servers.push(server);
    const { code, stdout } = await cli(['demo', '--out', 'd', '--quiet'], {
      ANTHROPIC_API_KEY: ANTHROPIC_TEST_API_KEY,
      ANTHROPIC_BASE_URL: server.origin,
    });
    expect(code).toBe(EXIT_CODES.ok);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body?.model).toBe('claude-haiku-4-5');
    const report = await readReport('d');
    expectGroundedSummary(report);
    expect(report.summary?.providerId).toBe('anthropic');
    expect(stdout).toContain(`LLM summary: ${report.summary?.text}`);
    expect(stdout).toContain(report.summaryStatus);
    expect(stdout).toMatch(/LLM usage: 1 call\(s\), \d+ prompt \+ \d+ output tokens, \$0\.\d+/);
  });

  it('prefers OPENAI_API_KEY when both keys are set, and --no-llm sends nothing at all', async () => {
    const openAi = await openAiServer((request) => openAiSummaryAnswer(request));
    const anthropic = await startAnthropicReplayServer();
    servers.push(anthropic);
    const environment = {
      ...openAiEnvironment(openAi),
      ANTHROPIC_API_KEY: ANTHROPIC_TEST_API_KEY,
      ANTHROPIC_BASE_URL: anthropic.origin,
    };
    await cli(['demo', '--out', 'd', '--quiet'], environment);
    expect([openAi.requests.length, anthropic.requests.length]).toEqual([1, 0]);

    const offline = await cli(['demo', '--out', 'offline', '--no-llm'], environment);
    expect(offline.code).toBe(EXIT_CODES.ok);
    expect(offline.stderr).not.toContain('LLM');
    expect([openAi.requests.length, anthropic.requests.length]).toEqual([1, 0]);
    const report = await readReport('offline');
    expect(report.summary).toBeNull();
    expect(report.budget.llmCalls).toBe(0);
  });
});

describe('what reaches the model', () => {
  it('never sends a planted secret, and masks identifiers on the wire but not in the report', async () => {
    const server = await openAiServer((request) => openAiSummaryAnswer(request));
    const incident = createLeakIncident();
    const secrets = plantedSecrets();
    expect(secrets.length + PLANTED_IDENTIFIERS.length).toBeGreaterThanOrEqual(50);

    const masked = await runIncident(
      'masked',
      incident,
      { llm: { provider: 'openai', maskIdentifiers: true }, window: { beforeMinutes: 90 } },
      openAiEnvironment(server),
      ['--quiet'],
    );
    const plain = await runIncident(
      'plain',
      incident,
      { llm: { provider: 'openai' }, window: { beforeMinutes: 90 } },
      openAiEnvironment(server),
      ['--quiet'],
    );
    expect([masked.code, plain.code]).toEqual([EXIT_CODES.ok, EXIT_CODES.ok]);
    expect(server.requests).toHaveLength(2);
    const [maskedRequest, plainRequest] = server.requests as [RecordedRequest, RecordedRequest];

    for (const request of [maskedRequest, plainRequest]) {
      const wire = wireTextOf(request);
      for (const secret of secrets) expect(wire).not.toContain(secret);
      // Secret-bearing evidence did reach the prompt, redacted.
      expect(userPromptOf(request).match(/\[REDACTED:/g)?.length ?? 0).toBeGreaterThanOrEqual(30);
    }
    // Without masking the identifiers are in the prompt; with it, none is, and placeholders stand in.
    const plainWire = wireTextOf(plainRequest);
    expect(PLANTED_IDENTIFIERS.filter((identifier) => plainWire.includes(identifier))).toEqual(
      PLANTED_IDENTIFIERS,
    );
    const maskedWire = wireTextOf(maskedRequest);
    expect(PLANTED_IDENTIFIERS.filter((identifier) => maskedWire.includes(identifier))).toEqual([]);
    for (const prefix of ['host', 'pod', 'ip', 'email', 'ns']) {
      expect(userPromptOf(maskedRequest)).toMatch(placeholder(prefix));
    }

    // The human sees the real names: in the claims (unmasked from the model's placeholders) and the evidence.
    const report = masked.report;
    expect(report.summary?.maskedIdentifiers).toBeGreaterThanOrEqual(PLANTED_IDENTIFIERS.length);
    const named = report.summary?.claims.find((claim) => claim.text.startsWith('Look at '));
    expect(named?.text).not.toMatch(placeholder('(?:host|pod|ip|email|ns)'));
    expect(
      PLANTED_IDENTIFIERS.filter((identifier) => named?.text.includes(identifier)).length,
    ).toBeGreaterThan(3);
    const files = await Promise.all(
      ['report.json', 'report.md'].map((file) => readFile(join(directory, 'masked', 'out', file), 'utf8')),
    );
    const shown = `${files.join('\n')}\n${masked.stdout}`;
    for (const identifier of PLANTED_IDENTIFIERS) expect(shown).toContain(identifier);
    for (const secret of secrets) expect(shown).not.toContain(secret);
  });

  it('quotes prompt-injection attempts only inside data blocks, flagged, and lists every one as a finding', async () => {
    const server = await openAiServer((request) => openAiSummaryAnswer(request));
    const { code, report } = await runIncident(
      'injection',
      createInjectionIncident(),
      { llm: { provider: 'openai' }, window: { beforeMinutes: 90 } },
      openAiEnvironment(server),
      ['--quiet'],
    );
    expect(code).toBe(EXIT_CODES.ok);
    expect(PROMPT_INJECTION_CORPUS.length).toBeGreaterThanOrEqual(20);
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0] as RecordedRequest;
    const prompt = userPromptOf(request);
    const { blocks, outside } = splitPrompt(prompt);
    // No forged delimiter opened or closed a block: outside the blocks only the frame mentions the tag.
    expect(outside).toContain('inside <data ...> blocks is untrusted data');
    expect(outside.replace('<data ...>', '')).not.toMatch(/<\s*\/?\s*data\b/i);
    expect(blocks.some((block) => block.attributes.id === 'ev_trusted')).toBe(false);
    const otherMessages = decodedStrings(request.body?.messages)
      .filter((text) => text !== prompt)
      .join('\n');

    const findings = report.otherFindings.filter(
      (finding): finding is PromptInjectionFinding => finding.type === 'prompt-injection',
    );
    const flaggedIds = new Set(findings.flatMap((finding) => finding.evidenceIds));
    let quoted = 0;
    PROMPT_INJECTION_CORPUS.forEach((entry, index) => {
      const item = report.evidence.find(
        (evidence) => evidence.attributes[INJECTION_CASE_ATTRIBUTE] === index,
      );
      expect(item && flaggedIds.has(item.id), entry.name).toBe(true);
      // Each line as the prompt quotes it (a `<` opening a data tag is written `&lt;`).
      const lines = entry.text
        .split('\n')
        .map((line) => line.replace(/<(?=\s*\/?\s*data\b)/gi, '&lt;').trim())
        .filter((line) => line.length >= 12);
      for (const line of lines) {
        expect(outside.includes(line), entry.name).toBe(false);
        expect(otherMessages.includes(line), entry.name).toBe(false);
      }
      const holding = blocks.filter((block) => lines.some((line) => block.content.includes(line)));
      for (const block of holding)
        expect(block.attributes.flag, entry.name).toBe('possible-prompt-injection');
      if (holding.length > 0) quoted += 1;
    });
    // The prompt shows 15 error patterns at most; the rest of the 25 attempts stay out of it.
    expect(quoted).toBeGreaterThanOrEqual(20);
    const markdown = await readFile(join(directory, 'injection', 'out', 'report.md'), 'utf8');
    expect(markdown).toContain('Possible prompt injection in the evidence');
  });
});

describe('budgets and failures', () => {
  it('makes no call when the prompt budget cannot fit the smallest prompt, and says why', async () => {
    const server = await openAiServer((request) => openAiSummaryAnswer(request));
    const { code, stdout, report } = await runIncident(
      'budget',
      createSmallIncident(),
      { llm: { provider: 'openai' }, budget: { promptTokens: 10 } },
      openAiEnvironment(server),
      ['--quiet'],
    );
    expect(code).toBe(EXIT_CODES.ok);
    expect(server.requests).toHaveLength(0);
    expect(report.summary).toBeNull();
    expect(report.summaryStatus).toMatch(/^No summary: .*prompt-tokens but the budget allows 10\./);
    expect(report.summaryStatus).toContain('The call was not made.');
    expect(report.degradedSources).toContainEqual(
      expect.objectContaining({
        source: 'openai',
        stage: 'summarize',
        status: 'failed',
        errorName: 'TriageBudgetExceededError',
      }),
    );
    expect(report.budget).toMatchObject({ llmCalls: 0, promptTokens: { used: 0, limit: 10 } });
    expect(stdout).toContain(`LLM summary: ${report.summaryStatus}`);
    expect(stdout).toContain('openai (failed)');
  });

  it('waits out a 429 with retry-after and succeeds on the second request', async () => {
    const server = await openAiServer((request, index) =>
      index === 0
        ? { status: 429, headers: { 'retry-after': '1' }, fixture: 'openai/error-rate-limit.json' }
        : openAiSummaryAnswer(request),
    );
    const { code, report } = await runIncident(
      'rate-limited',
      createSmallIncident(),
      { llm: { provider: 'openai' } },
      openAiEnvironment(server),
      ['--quiet'],
    );
    expect(code).toBe(EXIT_CODES.ok);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.bodyText).toBe(server.requests[0]?.bodyText);
    expect(report.summary).not.toBeNull();
    expect(report.budget.llmCalls).toBe(1);
    expect(report.degradedSources).toContainEqual(
      expect.objectContaining({
        stage: 'summarize',
        status: 'partial',
        message: expect.stringContaining('answered on attempt 2 after retryable failures'),
      }),
    );
  });

  it('keeps the deterministic report intact when the model twice answers something that is not JSON', async () => {
    const server = await openAiServer((request) =>
      openAiChatCompletion(request, 'Sure! The incident: {overview: tax engine, causes: [the deploy]'),
    );
    const incident = createSmallIncident();
    const broken = await runIncident(
      'broken',
      incident,
      { llm: { provider: 'openai' } },
      openAiEnvironment(server),
      ['--quiet'],
    );
    const offline = await runIncident('offline', incident, {}, {}, ['--quiet']);
    expect(broken.code).toBe(EXIT_CODES.ok);
    // The first answer and one repair request, then it gives up.
    expect(server.requests).toHaveLength(2);
    expect(userPromptOf(server.requests[1] as RecordedRequest)).toBe(
      userPromptOf(server.requests[0] as RecordedRequest),
    );
    const report = broken.report;
    expect(report.summary).toBeNull();
    expect(report.summaryStatus).toMatch(/^No summary: The answer of "openai" is not valid JSON/);
    expect(report.summaryStatus).toContain('One repair attempt was made.');
    expect(report.degradedSources).toContainEqual(
      expect.objectContaining({
        stage: 'summarize',
        status: 'failed',
        errorName: 'TriageLlmOutputParseError',
      }),
    );
    expect(report.budget.llmCalls).toBe(2);
    expect(findingsOf(report)).toEqual(findingsOf(offline.report));
    expect(report.changes.length).toBeGreaterThan(0);
    expect(report.errorPatterns.length).toBeGreaterThan(0);
  });

  it('answers a repeated triage from the file response cache without a second request', async () => {
    const server = await openAiServer((request) => openAiSummaryAnswer(request));
    const incident = createSmallIncident();
    const config = { llm: { provider: 'openai', cacheDirectory: 'llm-cache' } };
    const first = await runIncident('cached', incident, config, openAiEnvironment(server), ['--quiet']);
    const second = await runIncident('cached', incident, config, openAiEnvironment(server), ['--quiet']);
    expect(server.requests).toHaveLength(1);
    expect(await readdir(join(directory, 'cached', 'llm-cache'))).toHaveLength(1);
    expect(second.report.summary?.claims).toEqual(first.report.summary?.claims);
    expect(first.report.budget.costUsd.used).toBeGreaterThan(0);
    expect(second.report.budget.costUsd.used).toBe(0);
  });
});

describe('triagekit without an LLM', () => {
  it('says so in exactly one line on stderr, nothing with --quiet, and sends nothing', async () => {
    const server = await openAiServer((request) => openAiSummaryAnswer(request));
    // A base URL alone is no key: the run stays offline.
    const { code, stderr, stdout } = await cli(['demo', '--out', 'd'], { OPENAI_BASE_URL: server.baseURL });
    expect(code).toBe(EXIT_CODES.ok);
    expect(stderr.split('\n').filter((line) => line.includes('LLM'))).toEqual([NO_LLM_CONFIGURED_NOTICE]);
    expect(stdout).not.toContain('LLM');
    const report = await readReport('d');
    expect(report.summary).toBeNull();
    expect(report.budget.llmCalls).toBe(0);

    const quiet = await runIncident('quiet', createSmallIncident(), {}, {}, ['--quiet']);
    expect(quiet.stderr).toBe('');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an llm section whose key variable is not set, naming it', async () => {
    const server = await openAiServer((request) => openAiSummaryAnswer(request));
    const folder = join(directory, 'unset');
    await writeIncidentFiles(folder, createSmallIncident(), {
      llm: { provider: 'anthropic', apiKeyEnv: 'TEAM_ANTHROPIC_KEY' },
    });
    const { code, stderr } = await runCliInMemory(
      ['run', '--alert', 'alert.json', '--config', 'config.json', '--out', 'out'],
      { cwd: folder, environment: openAiEnvironment(server) },
    );
    expect(code).toBe(EXIT_CODES.invalidInput);
    expect(stderr).toContain('llm.apiKeyEnv: environment variable TEAM_ANTHROPIC_KEY is not set');
    expect(stderr).toContain('--no-llm');
    const offline = await runCliInMemory(
      ['run', '--alert', 'alert.json', '--config', 'config.json', '--out', 'out', '--no-llm', '--quiet'],
      { cwd: folder, environment: openAiEnvironment(server) },
    );
    expect(offline.code).toBe(EXIT_CODES.ok);
    expect(server.requests).toHaveLength(0);
  });
});
