import { stat } from 'node:fs/promises';
import { CollectorError, type CollectorV1, type CollectorV1CollectOptions } from '@triagekit/core';
import { describeError } from '../internal/describe-error.js';
import {
  checkCollectorId,
  checkNonNegativeInteger,
  checkPositiveInteger,
  throwIfIssues,
} from '../internal/option-checks.js';
import { BoundedEvidenceSelection } from '../records/bounded-evidence-selection.js';
import { cleanServiceName } from '../records/clean-service-name.js';
import { describeCap } from '../records/describe-cap.js';
import { namesService } from '../records/names-service.js';
import { collectFileRecords } from './collect-file-records.js';
import { resolveLogFiles } from './resolve-log-files.js';
import { serviceFromFileName } from './service-from-file-name.js';

/** Options of {@link createFileLogCollector}. */
export interface FileLogCollectorOptions {
  /** Stable id; evidence ids derive from it. Default `'logs'`. */
  readonly collectorId?: string;
  /**
   * Files and glob patterns (`/var/log/payments/*.log*`, `logs/**\/app.log`), relative to `cwd`.
   * Directories are not walked: give a pattern. Missing paths and patterns matching nothing become warnings.
   */
  readonly paths: readonly string[];
  /**
   * The service of every record of a file: a fixed name, or a function of the file's absolute path
   * (returning `null` falls back to the default). Default: the service the line names (JSON `service`,
   * logfmt `service=`, ...), else the file's base name without extension and rotation suffix
   * (`payments-api.log.2.gz` → `payments-api`).
   */
  readonly service?: string | ((path: string) => string | null);
  /** Most lines read from one file; the rest of the file is skipped with a warning. Default 1,000,000. */
  readonly maxLines?: number;
  /**
   * Most bytes read from one file, counted after decompression; the rest is skipped with a warning.
   * Default 268,435,456 (256 MiB).
   */
  readonly maxBytes?: number;
  /**
   * Time budget for one `doCollect`, in milliseconds. When it runs out, reading stops and the records read
   * so far are returned with a warning; keep it below the pipeline's collector timeout (30 s by default),
   * which discards everything. Default 20,000.
   */
  readonly timeoutMs?: number;
  /** Year for timestamps without one (classic syslog). Default: the UTC year of the window's end. */
  readonly referenceYear?: number;
  /** Directory that relative paths and patterns start from. Default: `process.cwd()` at collect time. */
  readonly cwd?: string;
}

/** Default {@link FileLogCollectorOptions.maxLines}. */
export const DEFAULT_FILE_MAX_LINES = 1_000_000;
/** Default {@link FileLogCollectorOptions.maxBytes}: 256 MiB. */
export const DEFAULT_FILE_MAX_BYTES = 256 * 1024 * 1024;
/** Default {@link FileLogCollectorOptions.timeoutMs}. */
export const DEFAULT_FILE_TIMEOUT_MS = 20_000;
// A longer line is cut: beyond this it is almost surely a dump, and buffering it whole costs memory.
const maxLineBytes = 1024 * 1024;
const maxListedFiles = 5;

function validate(options: FileLogCollectorOptions): void {
  const pathsValid =
    Array.isArray(options.paths) &&
    options.paths.length > 0 &&
    options.paths.every((path) => typeof path === 'string' && path.length > 0);
  const serviceValid =
    options.service === undefined ||
    typeof options.service === 'function' ||
    Boolean(cleanServiceName(options.service));
  throwIfIssues('file log collector options', [
    ...checkCollectorId('collectorId', options.collectorId),
    ...(pathsValid
      ? []
      : [{ path: 'paths', message: 'must be a non-empty array of file paths or glob patterns' }]),
    ...(serviceValid ? [] : [{ path: 'service', message: 'must be a non-blank string or a function' }]),
    ...checkPositiveInteger('maxLines', options.maxLines),
    ...checkPositiveInteger('maxBytes', options.maxBytes),
    ...checkPositiveInteger('timeoutMs', options.timeoutMs),
    ...checkNonNegativeInteger('referenceYear', options.referenceYear),
  ]);
}

function listFiles(paths: readonly string[]): string {
  const shown = paths.slice(0, maxListedFiles).join(', ');
  return paths.length > maxListedFiles ? `${shown} and ${paths.length - maxListedFiles} more` : shown;
}

/**
 * A read-only collector for log files: plain or gzip (detected from the content), rotated sets read oldest
 * first, streamed line by line, multi-line records (stack traces) joined into one evidence item of kind
 * `log`. Files last modified before the window starts are skipped unread. Each record inside the window
 * becomes `{ kind: 'log', time, service, severity, text, attributes: { file, line, format, traceId? } }`;
 * records without a timestamp take the time of the nearest preceding record that has one, and are dropped
 * when there is none. Over `maxItems`, the most severe, then newest, records are kept, with a warning.
 *
 * Missing, unreadable and binary files become warnings and the other files are read; `doCollect` rejects
 * with a `CollectorError` only when no file could be read at all, and with the abort reason when its
 * signal aborts. Throws `InvalidInputError` on invalid options. Never writes anything.
 */
export function createFileLogCollector(options: FileLogCollectorOptions): CollectorV1 {
  validate(options);
  const collectorId = options.collectorId ?? 'logs';
  const paths = [...options.paths];
  const timeoutMs = options.timeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const limits = {
    maxLines: options.maxLines ?? DEFAULT_FILE_MAX_LINES,
    maxBytes: options.maxBytes ?? DEFAULT_FILE_MAX_BYTES,
    maxLineBytes,
  };

  function fixedServiceOf(path: string, warnings: string[]): string | null {
    const { service } = options;
    if (typeof service === 'string') return cleanServiceName(service);
    if (typeof service !== 'function') return null;
    try {
      return cleanServiceName(service(path));
    } catch (error) {
      warnings.push(`${path}: the service option threw (${describeError(error)}); used the default`);
      return null;
    }
  }

  async function doCollect({ window, abortSignal, maxItems }: CollectorV1CollectOptions) {
    abortSignal.throwIfAborted();
    const deadline = AbortSignal.timeout(timeoutMs);
    const stop = AbortSignal.any([abortSignal, deadline]);
    const { files, problems } = await resolveLogFiles(paths, {
      cwd: options.cwd ?? process.cwd(),
      signal: abortSignal,
    });
    const warnings: string[] = [...problems];
    const selection = new BoundedEvidenceSelection(maxItems);
    const referenceYear = options.referenceYear ?? window.end.getUTCFullYear();
    const unfinished: string[] = [];
    let usableFiles = 0;
    for (const path of files) {
      if (stop.aborted) {
        unfinished.push(path);
        continue;
      }
      try {
        // A file last written before the window cannot hold lines inside it; a later one still might.
        if ((await stat(path)).mtimeMs < window.start.getTime()) {
          usableFiles += 1;
          continue;
        }
      } catch (error) {
        warnings.push(`${path}: could not be read (${describeError(error)}); skipped it`);
        continue;
      }
      const fixedService = fixedServiceOf(path, warnings);
      const nameService = serviceFromFileName(path);
      const report = await collectFileRecords(path, {
        window,
        stop,
        referenceYear,
        limits,
        selection,
        serviceOf: (lineService, format) =>
          fixedService ?? (namesService(format) ? cleanServiceName(lineService) : null) ?? nameService,
      });
      if (report.usable) usableFiles += 1;
      if (!report.complete) unfinished.push(path);
      warnings.push(...report.warnings);
    }
    abortSignal.throwIfAborted();
    if (unfinished.length > 0) {
      warnings.push(
        `stopped reading after ${timeoutMs} ms (timeoutMs); not read completely: ${listFiles(unfinished)}`,
      );
    }
    if (usableFiles === 0) {
      const reasons = warnings.length > 0 ? warnings.join('; ') : `no file matched ${paths.join(', ')}`;
      throw new CollectorError({
        collectorId,
        message: `No log file could be read: ${reasons}. Check the paths and patterns and the read permissions.`,
      });
    }
    const capWarning = describeCap(selection.offered, selection.capacity, 'log records');
    if (capWarning) warnings.push(capWarning);
    return { evidence: selection.items(), warnings };
  }

  return {
    specificationVersion: 'v1',
    collectorId,
    description: `log files ${listFiles(paths)}`,
    doCollect,
  };
}
