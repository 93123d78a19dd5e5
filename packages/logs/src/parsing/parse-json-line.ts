import { normalizeSeverity, type Severity } from '@triagekit/core';
import { createParsedLine } from './create-parsed-line.js';
import { levelFromNumber, levelFromWord } from './detect-level.js';
import { LEVEL_KEYS, MESSAGE_KEYS, SERVICE_KEYS, TIME_KEYS, TRACE_ID_KEYS } from './field-roles.js';
import { parseTimeValue } from './parse-time-value.js';
import type { ParsedLine } from './parsed-line.js';
import { fieldString, renderFields, setField } from './structured-fields.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Value at a well-known key: the literal key first (`"log.level"`), then the nested path `log` → `level`. */
function lookUp(record: JsonObject, key: string, consumed: string[]): unknown {
  if (Object.hasOwn(record, key)) {
    const value = record[key];
    if (value !== undefined && value !== null) {
      consumed.push(key);
      return value;
    }
  }
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  const parent = record[key.slice(0, dot)];
  if (!isObject(parent)) return undefined;
  const child = key.slice(dot + 1);
  if (!Object.hasOwn(parent, child)) return undefined;
  const value = parent[child];
  if (value === undefined || value === null) return undefined;
  consumed.push(key);
  return value;
}

function takeFirst(
  record: JsonObject,
  keys: readonly string[],
  consumed: string[],
  accept: (value: unknown) => boolean,
): unknown {
  for (const key of keys) {
    const mark = consumed.length;
    const value = lookUp(record, key, consumed);
    if (value === undefined) continue;
    if (accept(value)) return value;
    consumed.length = mark;
  }
  return undefined;
}

function isText(value: unknown): boolean {
  return typeof value === 'string';
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number';
}

function jsonLevel(value: unknown): Severity | null {
  if (typeof value === 'number') return levelFromNumber(value);
  if (typeof value !== 'string') return null;
  if (/^\d+$/.test(value.trim())) return levelFromNumber(Number(value));
  return levelFromWord(value) ?? normalizeSeverity(value);
}

/** Top-level fields minus the consumed ones; a nested object loses only its consumed children. */
function remainingFields(record: JsonObject, consumed: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const key of Object.keys(record)) {
    if (consumed.includes(key)) continue;
    let value = record[key];
    if (isObject(value)) {
      const prefix = `${key}.`;
      const children = consumed.filter((path) => path.startsWith(prefix));
      if (children.length > 0) {
        const rest: JsonObject = {};
        for (const child of Object.keys(value)) {
          if (!children.includes(prefix + child)) rest[child] = value[child];
        }
        if (Object.keys(rest).length === 0) continue;
        value = rest;
      }
    }
    setField(fields, key, fieldString(value));
  }
  return fields;
}

/**
 * Parses one JSON object per line (pino, bunyan, logrus, zap, ECS, Docker `json-file`, structlog...),
 * picking time, level, message, service and trace id from the keys in `field-roles.ts`. Records without
 * a message key get their remaining fields rendered as `key=value` pairs as the message.
 *
 * Returns `null` when the line is not a JSON object, so the caller can try other shapes. Never throws.
 */
export function parseJsonLine(line: string, referenceYear: number): ParsedLine | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  const consumed: string[] = [];
  let time: number | null = null;
  for (const key of TIME_KEYS) {
    const mark = consumed.length;
    const value = lookUp(parsed, key, consumed);
    if (value === undefined) continue;
    time = parseTimeValue(value, referenceYear);
    if (time !== null) break;
    consumed.length = mark;
  }
  const level = jsonLevel(takeFirst(parsed, LEVEL_KEYS, consumed, isScalar));
  const message = takeFirst(parsed, MESSAGE_KEYS, consumed, isText) as string | undefined;
  const service = takeFirst(parsed, SERVICE_KEYS, consumed, isText) as string | undefined;
  const traceId = takeFirst(parsed, TRACE_ID_KEYS, consumed, isScalar) as string | number | undefined;
  const fields = remainingFields(parsed, consumed);
  return createParsedLine(
    'json',
    time,
    level,
    service === undefined || service === '' ? null : service,
    message === undefined ? renderFields(fields) : message.trim(),
    traceId === undefined || traceId === '' ? null : String(traceId),
    fields,
  );
}
