import { InvalidInputError } from '@triagekit/core';
import { createSampleAlert } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { assertIncidentId, INCIDENT_ID_PATTERN, incidentIdForAlert } from './incident-id.js';

describe('incident ids', () => {
  it('accepts file-safe ids and refuses anything that could escape the directory', () => {
    for (const id of ['INC-1042', 'payments.2026-03-04', 'a', 'x_y']) expect(assertIncidentId(id)).toBe(id);
    for (const id of [
      '',
      '../etc/passwd',
      'a/b',
      '.hidden',
      'INC 42',
      'con',
      'NUL.txt',
      'a'.repeat(129),
      42,
    ]) {
      expect(() => assertIncidentId(id)).toThrow(InvalidInputError);
    }
    expect(() => assertIncidentId('../x')).toThrow(
      /"\.\.\/x" is not usable: an incident id is 1-128 letters/,
    );
  });

  it('derives one id per firing: same alert and start, same id; a new start, a new id', () => {
    const alert = createSampleAlert();
    const id = incidentIdForAlert(alert);
    expect(id).toMatch(/^20260304-paymentslatencyhigh-[0-9a-f]{8}$/);
    expect(INCIDENT_ID_PATTERN.test(id)).toBe(true);
    expect(incidentIdForAlert(createSampleAlert())).toBe(id);
    expect(incidentIdForAlert(createSampleAlert({ startsAt: '2026-03-05T08:00:00.000Z' }))).not.toBe(id);
    const untitled = incidentIdForAlert({ ...alert, labels: {}, title: '!!!' });
    expect(untitled).toMatch(/^20260304-alert-[0-9a-f]{8}$/);
  });
});
