/** How many leading bytes decide whether content is binary (as `grep` and `git` do, roughly). */
export const SNIFF_BYTES = 8192;

/** True when `prefix` starts with the gzip magic bytes `1f 8b`, whatever the file is called. */
export function isGzip(prefix: Buffer): boolean {
  return prefix.length >= 2 && prefix[0] === 0x1f && prefix[1] === 0x8b;
}

/** True when the first {@link SNIFF_BYTES} bytes contain a NUL byte, which text logs never do. */
export function looksBinary(prefix: Buffer): boolean {
  return prefix.subarray(0, SNIFF_BYTES).includes(0);
}
