import { z } from 'zod';
import { alertSchema } from '../schema/alert.js';
import type { Evidence } from '../schema/evidence.js';
import { timestampSchema } from '../schema/timestamp.js';

/** Format marker written into every bundle manifest. */
export const BUNDLE_FORMAT = 'triagekit.bundle/v1';

/** File names inside a bundle directory. */
export const BUNDLE_MANIFEST_FILE = 'bundle.json';
export const BUNDLE_EVIDENCE_FILE = 'evidence.jsonl';

/** What one collector contributed when the bundle was recorded. */
export const bundleCollectorEntrySchema = z.object({
  collectorId: z.string().min(1),
  description: z.string().optional(),
  /** Warnings the collector returned; replayed as-is. */
  warnings: z.array(z.string()).default([]),
  /** Set when the collector failed; replay fails the same way so findings match. */
  error: z.object({ name: z.string(), message: z.string() }).nullable().default(null),
});
export type BundleCollectorEntry = z.infer<typeof bundleCollectorEntrySchema>;

/** `bundle.json`: everything about the incident except the evidence itself. */
export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  createdAt: timestampSchema,
  title: z.string().optional(),
  description: z.string().optional(),
  alert: alertSchema,
  /** The window the evidence was collected for. */
  window: z.object({ start: timestampSchema, end: timestampSchema }).optional(),
  collectors: z.array(bundleCollectorEntrySchema),
  /** Free-form labels: who recorded it, which cluster, the expected answer for evaluations, ... */
  metadata: z.record(z.string(), z.string()).default({}),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;
export type BundleManifestInput = z.input<typeof bundleManifestSchema>;

/**
 * An incident bundle: an alert plus a snapshot of the evidence gathered for it, replayable through the
 * pipeline. On disk it is a directory with `bundle.json` (the manifest) and `evidence.jsonl` (one
 * `Evidence` per line, optionally gzip-compressed as `evidence.jsonl.gz`).
 */
export interface IncidentBundle {
  readonly manifest: BundleManifest;
  readonly evidence: readonly Evidence[];
}
