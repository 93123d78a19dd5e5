import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { type Evidence, evidenceSchema } from '../schema/evidence.js';
import { parseOrThrow, toInputIssues } from '../schema/validate.js';
import {
  BUNDLE_EVIDENCE_FILE,
  BUNDLE_MANIFEST_FILE,
  bundleManifestSchema,
  type IncidentBundle,
} from './incident-bundle.js';

/** A bundle as read from disk, with the lines that could not be used. */
export interface ReadIncidentBundleResult extends IncidentBundle {
  /** One message per skipped evidence line (`evidence.jsonl:12: ...`); nothing is dropped silently. */
  readonly warnings: readonly string[];
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a bundle directory. A missing or invalid manifest throws `InvalidInputError`; an invalid evidence
 * line is skipped and reported in `warnings` with its line number, so one bad line never loses the rest.
 */
export async function readIncidentBundle(directory: string): Promise<ReadIncidentBundleResult> {
  const manifestPath = join(directory, BUNDLE_MANIFEST_FILE);
  let manifestText: string;
  try {
    manifestText = await readFile(manifestPath, 'utf8');
  } catch (error) {
    throw new InvalidInputError({
      source: `incident bundle ${directory}`,
      issues: [{ path: BUNDLE_MANIFEST_FILE, message: `cannot be read (${(error as Error).message})` }],
      hint: 'A bundle is a directory holding bundle.json and evidence.jsonl; see docs/incident-bundles.md.',
      cause: error,
    });
  }
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(manifestText);
  } catch (error) {
    throw new InvalidInputError({
      source: `incident bundle ${directory}`,
      issues: [{ path: BUNDLE_MANIFEST_FILE, message: `is not valid JSON (${(error as Error).message})` }],
      cause: error,
    });
  }
  const manifest = parseOrThrow(bundleManifestSchema, manifestJson, `bundle manifest ${manifestPath}`);

  const plainPath = join(directory, BUNDLE_EVIDENCE_FILE);
  const gzipPath = `${plainPath}.gz`;
  const evidence: Evidence[] = [];
  const warnings: string[] = [];
  const evidencePath = (await exists(plainPath)) ? plainPath : (await exists(gzipPath)) ? gzipPath : null;
  if (evidencePath === null) {
    warnings.push(`${BUNDLE_EVIDENCE_FILE}: not found; the bundle replays with no evidence.`);
    return { manifest, evidence, warnings };
  }
  const fileStream = createReadStream(evidencePath);
  const input = evidencePath.endsWith('.gz') ? fileStream.pipe(createGunzip()) : fileStream;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const fileName = evidencePath.endsWith('.gz') ? `${BUNDLE_EVIDENCE_FILE}.gz` : BUNDLE_EVIDENCE_FILE;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      warnings.push(`${fileName}:${lineNumber}: skipped, not valid JSON (${(error as Error).message}).`);
      continue;
    }
    const parsed = evidenceSchema.safeParse(json);
    if (!parsed.success) {
      const issues = toInputIssues(parsed.error, json).map((issue) => `${issue.path}: ${issue.message}`);
      warnings.push(`${fileName}:${lineNumber}: skipped, not a valid evidence item (${issues.join('; ')}).`);
      continue;
    }
    evidence.push(parsed.data);
  }
  return { manifest, evidence, warnings };
}
