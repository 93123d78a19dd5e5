import { describe, expect, it } from 'vitest';
import { type AnalyzedTerm, analyzeText, phrasesOf } from './analyze-text.js';

const termsOf = (terms: AnalyzedTerm[], kind: AnalyzedTerm['kind']) =>
  terms.filter((term) => term.kind === kind).map((term) => term.term);

describe('analyzeText', () => {
  it('turns a CamelCase alert name into its words, the whole name and joined pairs', () => {
    const terms = analyzeText('KubePodCrashLooping');
    expect(termsOf(terms, 'word')).toEqual(['kube', 'pod', 'crash', 'loop']);
    expect(termsOf(terms, 'identifier')).toEqual(['kubepodcrashlooping']);
    // "CrashLooping" also matches the single word "crashlooping".
    expect(termsOf(terms, 'joined')).toContain(analyzeText('crashlooping')[0]?.term);
  });

  it('understands snake_case metrics, dotted service names and paths', () => {
    const metric = analyzeText('node_filesystem_avail_bytes');
    expect(termsOf(metric, 'word')).toEqual(['node', 'filesystem', 'avail', 'byte']);
    expect(termsOf(metric, 'identifier')).toEqual(['node_filesystem_avail_bytes']);
    const service = analyzeText('payments.api is slow');
    expect(termsOf(service, 'identifier')).toEqual(['payments.api']);
    expect(termsOf(service, 'word')).toEqual(['payment', 'api', 'slow']);
    const path = analyzeText('mounted on /var/log');
    expect(termsOf(path, 'word')).toEqual(['mount', 'var', 'log']);
  });

  it('matches DaemonSet with daemonset through the joined pair', () => {
    const joined = termsOf(analyzeText('DaemonSet'), 'joined');
    expect(joined).toEqual(termsOf(analyzeText('daemonset'), 'word'));
  });

  it('marks the words of values (hosts, pods, addresses) and leaves numbers out', () => {
    const terms = analyzeText('worker-3.prod.example.internal:9100 has only 4.21% space left after 10m');
    const values = terms.filter((term) => term.value).map((term) => term.term);
    expect(values).toEqual(expect.arrayContaining(['worker', 'prod', 'intern']));
    expect(terms.some((term) => term.term === '4' || term.term === '21' || term.term === '10m')).toBe(false);
    const words = terms.filter((term) => term.kind === 'word' && !term.value).map((term) => term.term);
    expect(words).toEqual(['onli', 'space', 'left']);
  });

  it('leaves stop words out but keeps negations and quantifiers', () => {
    const words = termsOf(analyzeText('The pod is not ready and any of the replicas is down'), 'word');
    expect(words).toEqual(['pod', 'not', 'readi', 'ani', 'replica', 'down']);
  });

  it('chains phrases across stop words but not across punctuation, numbers or values', () => {
    expect(phrasesOf(analyzeText('run out of space'))).toEqual(['run out', 'out space']);
    expect(phrasesOf(analyzeText('space left. Check logs'))).toEqual(['space left', 'check log']);
    expect(phrasesOf(analyzeText('errors 5 times'))).toEqual([]);
    expect(phrasesOf(analyzeText('pod checkout-5b8f7c9d4-kq7zt restarted'))).toEqual([]);
  });

  it('indexes words of any script, and does nothing on empty text', () => {
    expect(termsOf(analyzeText('Störung im Zahlungsdienst'), 'word')).toEqual([
      'störung',
      'im',
      'zahlungsdienst',
    ]);
    expect(analyzeText('')).toEqual([]);
    expect(analyzeText('... --- !!!')).toEqual([]);
  });

  it('with every option off, yields lowercase words only, as plain BM25 does', () => {
    const terms = analyzeText('KubePodCrashLooping on payments.api: the pods', {
      splitIdentifiers: false,
      stem: false,
      removeStopWords: false,
      phrases: false,
    });
    expect(terms.map((term) => term.term)).toEqual([
      'kubepodcrashlooping',
      'on',
      'payments',
      'api',
      'the',
      'pods',
    ]);
    expect(phrasesOf(terms)).toEqual([]);
  });
});
