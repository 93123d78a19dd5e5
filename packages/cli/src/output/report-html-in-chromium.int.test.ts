import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInMemory } from '../__fixtures__/run-cli-in-memory.js';

// Debian's Chromium (scripts/ensure-system-packages.sh installs it); override with TRIAGEKIT_CHROMIUM.
const executablePath = process.env.TRIAGEKIT_CHROMIUM ?? '/usr/bin/chromium';
// Screenshots land here so CI keeps them as artifacts of the run.
const screenshotDirectory = resolve(import.meta.dirname, '../../test-output');

let browser: Browser;
let directory: string;

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: run scripts/ensure-system-packages.sh or set TRIAGEKIT_CHROMIUM.`,
    );
  }
  directory = await mkdtemp(join(tmpdir(), 'triagekit-html-'));
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('report.html in headless Chromium', () => {
  it('renders the demo report offline with no console error, request or script, and takes a screenshot', async () => {
    const { code } = await runCliInMemory(['demo', '--out', 'demo', '--quiet'], { cwd: directory });
    expect(code).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(join(directory, 'demo', 'report.html')).href;
    await page.goto(url, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.title()).toContain('Triage:');
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining(['Affected services', 'Sequence of events', 'Error patterns', 'Where to look']),
    );
    const chart = page.locator('svg.timeline-chart');
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(600);
    expect(await chart.locator('.mark-change').count()).toBeGreaterThan(0);
    expect(await chart.locator('.alert-line').count()).toBe(1);

    // A citation jumps to its evidence item, which exists on the page.
    const firstCitation = page.locator('a.cite').first();
    const target = await firstCitation.getAttribute('href');
    expect(target).toMatch(/^#evidence-/);
    expect(await page.locator(target ?? '#none').count()).toBe(1);

    await mkdir(screenshotDirectory, { recursive: true });
    const screenshot = join(screenshotDirectory, 'demo-report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect((await stat(screenshot)).size).toBeGreaterThan(10_000);
    await page.close();
  });
});
