import { describe, expect, it } from 'vitest';
import { baseEventName, createEventNameMatcher } from './event-name-matcher.js';
import { HIGH_SIGNAL_EVENT_NAMES } from './high-signal-event-names.js';

describe('baseEventName', () => {
  it('drops the API version Lambda appends, and nothing else', () => {
    expect(baseEventName('UpdateFunctionCode20150331v2')).toBe('UpdateFunctionCode');
    expect(baseEventName('PutFunctionConcurrency20171031')).toBe('PutFunctionConcurrency');
    expect(baseEventName('RunInstances')).toBe('RunInstances');
    expect(baseEventName('Ec2Instance2')).toBe('Ec2Instance2');
  });
});

describe('createEventNameMatcher', () => {
  it('matches exact names and either spelling of versioned ones', () => {
    const matches = createEventNameMatcher(['RunInstances', 'UpdateFunctionCode']);
    expect(matches('RunInstances')).toBe(true);
    expect(matches('UpdateFunctionCode20150331v2')).toBe(true);
    expect(matches('TerminateInstances')).toBe(false);
    const versioned = createEventNameMatcher(['UpdateFunctionConfiguration20150331v2']);
    expect(versioned('UpdateFunctionConfiguration')).toBe(true);
  });

  it('recognises the curated list, spelled as CloudTrail records it', () => {
    const matches = createEventNameMatcher(HIGH_SIGNAL_EVENT_NAMES);
    for (const name of [
      'RunInstances',
      'ModifyDBInstance',
      'UpdateFunctionCode20150331v2',
      'ChangeResourceRecordSets',
    ]) {
      expect(matches(name)).toBe(true);
    }
    expect(matches('CreateTags')).toBe(false);
    expect(new Set(HIGH_SIGNAL_EVENT_NAMES).size).toBe(HIGH_SIGNAL_EVENT_NAMES.length);
  });
});
