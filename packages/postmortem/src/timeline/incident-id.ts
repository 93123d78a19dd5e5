import { type Alert, InvalidInputError } from '@triagekit/core';
import { z } from 'zod';
import { hashText } from './hash-text.js';

/**
 * What an incident id may look like: 1–128 characters, letters, digits, `.`, `_` and `-`, starting with a
 * letter or digit. The id names a file, so anything that could escape the timeline directory (`/`, `..`)
 * or is awkward on some file system (spaces, `:`) is refused.
 */
export const INCIDENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

// Device names Windows refuses as file names, whatever the extension.
const RESERVED_NAMES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;

/** zod schema of an incident id; see {@link INCIDENT_ID_PATTERN}. */
export const incidentIdSchema = z
  .string()
  .regex(
    INCIDENT_ID_PATTERN,
    'an incident id is 1-128 letters, digits, ".", "_" or "-", starting with a letter or digit',
  )
  .refine((id) => !RESERVED_NAMES.test(id), 'an incident id must not be a reserved device name');

/**
 * Checks that `incidentId` is safe to use as a file name and returns it.
 * @throws InvalidInputError saying what is allowed, e.g. for `../etc/passwd` or `INC 42`.
 */
export function assertIncidentId(incidentId: unknown, source = 'incident id'): string {
  const result = incidentIdSchema.safeParse(incidentId);
  if (result.success) return result.data;
  throw new InvalidInputError({
    source,
    issues: [
      {
        path: '',
        message: `${JSON.stringify(incidentId)} is not usable: ${result.error.issues[0]?.message ?? 'invalid'}`,
      },
    ],
    hint: 'Use an id such as INC-1042 or payments-2026-03-04.',
  });
}

/**
 * A file-safe incident id derived from an alert: `<yyyymmdd>-<alert name, slugged>-<8 hex>`, e.g.
 * `20260304-paymentslatencyhigh-3fa91c2e`. The hash covers the alert's fingerprint and start time, so
 * repeated triage runs for the same firing share one timeline and a new firing starts another.
 */
export function incidentIdForAlert(
  alert: Pick<Alert, 'title' | 'labels' | 'fingerprint' | 'startsAt'>,
): string {
  const day = alert.startsAt.slice(0, 10).replaceAll('-', '');
  const name = (alert.labels.alertname ?? alert.title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const suffix = hashText(`${alert.fingerprint}\n${alert.startsAt}`).slice(0, 8);
  return [day, name || 'alert', suffix].join('-');
}
