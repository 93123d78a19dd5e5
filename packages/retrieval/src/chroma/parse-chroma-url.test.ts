import { describe, expect, it } from 'vitest';
import { parseChromaUrl } from './parse-chroma-url.js';

describe('parseChromaUrl', () => {
  it('reads host, port and TLS', () => {
    expect(parseChromaUrl('http://localhost:8000')).toEqual({
      host: 'localhost',
      port: 8000,
      ssl: false,
      url: 'http://localhost:8000',
    });
    expect(parseChromaUrl('https://chroma.internal/')).toEqual({
      host: 'chroma.internal',
      port: 443,
      ssl: true,
      url: 'https://chroma.internal:443',
    });
    expect(parseChromaUrl('http://[::1]:9000')).toMatchObject({ host: '[::1]', port: 9000 });
  });

  it('explains what is wrong with a URL it cannot use', () => {
    expect(parseChromaUrl('localhost:8000')).toMatch(/must use http or https/);
    expect(parseChromaUrl('not a url')).toMatch(/absolute http\(s\) URL/);
    expect(parseChromaUrl('ftp://host')).toMatch(/http or https/);
    expect(parseChromaUrl('http://user:secret@host:8000')).toMatch(/must not carry credentials/);
    expect(parseChromaUrl('http://host:8000/chroma')).toMatch(/path prefix/);
    expect(parseChromaUrl('http://host:8000/?tenant=a')).toMatch(/no path, query or fragment/);
  });
});
