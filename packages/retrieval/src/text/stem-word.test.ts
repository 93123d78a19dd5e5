import { describe, expect, it } from 'vitest';
import { stemWord } from './stem-word.js';

describe('stemWord', () => {
  it('follows the Porter algorithm on its classic examples', () => {
    const examples: [string, string][] = [
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['cats', 'cat'],
      ['agreed', 'agre'],
      ['plastered', 'plaster'],
      ['motoring', 'motor'],
      ['hopping', 'hop'],
      ['filing', 'file'],
      ['happy', 'happi'],
      ['relational', 'relat'],
      ['rational', 'ration'],
      ['hopeful', 'hope'],
      ['goodness', 'good'],
      ['adjustment', 'adjust'],
      ['adoption', 'adopt'],
      ['controlling', 'control'],
    ];
    for (const [word, stem] of examples) expect(stemWord(word), word).toBe(stem);
  });

  it('conflates the forms alert text and runbooks use for the same thing', () => {
    expect(stemWord('predicted')).toBe(stemWord('prediction'));
    expect(stemWord('predicts')).toBe(stemWord('predict'));
    expect(stemWord('notifications')).toBe(stemWord('notification'));
    expect(stemWord('filling')).toBe(stemWord('fills'));
    expect(stemWord('availability')).toBe(stemWord('available'));
  });

  it('folds -ure nouns onto their verb: failure and failed, configuration and config', () => {
    expect(stemWord('failure')).toBe(stemWord('failed'));
    expect(stemWord('configuration')).toBe('config');
    expect(stemWord('configure')).toBe('config');
    expect(stemWord('hour')).toBe('hour');
  });

  it('leaves short words, words with digits and non-ASCII words alone', () => {
    expect(stemWord('is')).toBe('is');
    expect(stemWord('k8s')).toBe('k8s');
    expect(stemWord('eth0')).toBe('eth0');
    expect(stemWord('störung')).toBe('störung');
  });
});
