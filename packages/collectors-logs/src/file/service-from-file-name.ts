import { basename } from 'node:path';
import { parseRotationName } from './rotation-name.js';

const logExtensions = /\.(log|logs|txt|out|err|json|jsonl|ndjson)$/i;

/**
 * The service a log file most likely belongs to: its base name without rotation suffixes and a log-like
 * extension (`/var/log/payments-api.log.2.gz` → `payments-api`). `null` when nothing is left.
 */
export function serviceFromFileName(path: string): string | null {
  const name = basename(parseRotationName(path).setPath).replace(logExtensions, '');
  return name.length > 0 ? name : null;
}
