import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { evidenceSchema } from '../schema/evidence.js';
import { parseOrThrow } from '../schema/validate.js';
import {
  BUNDLE_EVIDENCE_FILE,
  BUNDLE_MANIFEST_FILE,
  type BundleManifestInput,
  bundleManifestSchema,
  type IncidentBundle,
} from './incident-bundle.js';

/**
 * Writes a bundle to `directory` (created if missing). Files are written under temporary names and
 * renamed into place, so a crash never leaves a half-written bundle behind. Validates manifest and
 * evidence first; throws `InvalidInputError` naming the offending item.
 *
 * @param options.gzip - compress the evidence as `evidence.jsonl.gz` (default false).
 */
export async function writeIncidentBundle(
  directory: string,
  bundle: { manifest: BundleManifestInput; evidence: IncidentBundle['evidence'] },
  options: { gzip?: boolean } = {},
): Promise<void> {
  const manifest = parseOrThrow(bundleManifestSchema, bundle.manifest, 'bundle manifest');
  bundle.evidence.forEach((item, index) => {
    parseOrThrow(evidenceSchema, item, 'bundle evidence', { prefix: `evidence.${index}` });
  });
  await mkdir(directory, { recursive: true });
  const evidenceName = options.gzip ? `${BUNDLE_EVIDENCE_FILE}.gz` : BUNDLE_EVIDENCE_FILE;
  const evidencePath = join(directory, evidenceName);
  const temporaryEvidence = `${evidencePath}.tmp-${process.pid}`;
  const lines = Readable.from(
    (function* () {
      for (const item of bundle.evidence) yield `${JSON.stringify(item)}\n`;
    })(),
  );
  const output = createWriteStream(temporaryEvidence);
  if (options.gzip) await pipeline(lines, createGzip(), output);
  else await pipeline(lines, output);
  if (!output.closed) await once(output, 'close');
  await rename(temporaryEvidence, evidencePath);
  const manifestPath = join(directory, BUNDLE_MANIFEST_FILE);
  const temporaryManifest = `${manifestPath}.tmp-${process.pid}`;
  await writeFile(temporaryManifest, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(temporaryManifest, manifestPath);
}
