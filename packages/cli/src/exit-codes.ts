/**
 * Exit codes of the `triagekit` binary.
 * - 0: the report was written (it may list degraded sources; read them).
 * - 1: an unexpected failure; nothing or only part was written.
 * - 2: bad usage or invalid input (alert file, config file, options); the message names the field.
 * - 130: interrupted (Ctrl-C) before the report was written.
 */
export const EXIT_CODES = {
  ok: 0,
  failure: 1,
  invalidInput: 2,
  interrupted: 130,
} as const;
