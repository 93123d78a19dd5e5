import {
  type Alert,
  type AlertInput,
  alertInputSchema,
  normalizeAlert,
  parseOrThrow,
  type RequestBody,
  readJsonBody,
} from '@triagekit/core';
import { fingerprintAlert } from '../fingerprint/fingerprint-alert.js';

/** Default of `maxBodyBytes` for a generic alert: 256 KiB. */
export const DEFAULT_GENERIC_ALERT_MAX_BODY_BYTES = 256 * 1024;

/** Options of {@link parseGenericAlert}. */
export interface ParseGenericAlertOptions {
  /** Largest accepted body in bytes. Default {@link DEFAULT_GENERIC_ALERT_MAX_BODY_BYTES} (256 KiB). */
  readonly maxBodyBytes?: number;
}

const SOURCE = 'alert';
const HINT =
  'Expected one alert as a JSON object: {"title": "...", "startsAt": "2026-03-04T10:15:00Z", ' +
  '"severity"?, "labels"?, "annotations"?, "source"?, "fingerprint"?, "url"?}.';

/**
 * Validates a generic JSON alert (core's `AlertInput`, e.g. the body of `POST /alerts`) and normalises it.
 * Its fingerprint is the one given, else {@link fingerprintAlert} of its labels when it has any (so that the
 * same alert sent twice, labels in any order, gets the same fingerprint), else core's default (a hash of
 * source and title).
 *
 * @param body - the raw body (string, `Buffer`, `Uint8Array`), or JSON a framework already parsed.
 * @throws InvalidInputError naming every offending field (e.g. `startsAt`) when the body is not JSON, too
 * large, or not a valid alert.
 */
export function parseGenericAlert(body: RequestBody, options: ParseGenericAlertOptions = {}): Alert {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_GENERIC_ALERT_MAX_BODY_BYTES;
  const json = readJsonBody(body, { source: SOURCE, maxBodyBytes, hint: HINT });
  const input: AlertInput = parseOrThrow(alertInputSchema, json, SOURCE, { hint: HINT });
  const labels = input.labels ?? {};
  const fingerprint =
    input.fingerprint ?? (Object.keys(labels).length > 0 ? fingerprintAlert(labels) : undefined);
  return normalizeAlert(fingerprint === undefined ? input : { ...input, fingerprint }, SOURCE);
}
