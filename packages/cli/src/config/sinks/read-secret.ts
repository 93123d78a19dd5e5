import { InvalidInputError } from '@triagekit/core';

/**
 * A secret given either inline (`value`) or, better, as the name of an environment variable (`variable`),
 * so config files can be committed without credentials. Throws `InvalidInputError` naming the field when
 * neither is set or the variable is empty.
 */
export function readSecret(options: {
  readonly value: string | undefined;
  readonly variable: string | undefined;
  readonly field: string;
  readonly environment: Readonly<Record<string, string | undefined>>;
}): string {
  if (options.value !== undefined) return options.value;
  if (options.variable !== undefined) {
    const value = options.environment[options.variable];
    if (value !== undefined && value !== '') return value;
    throw new InvalidInputError({
      source: 'config file',
      issues: [
        { path: `${options.field}Env`, message: `environment variable ${options.variable} is not set` },
      ],
    });
  }
  throw new InvalidInputError({
    source: 'config file',
    issues: [
      {
        path: options.field,
        message: `set ${options.field} or ${options.field}Env (the name of an environment variable)`,
      },
    ],
  });
}

/** Fills `{reportId}`, `{fingerprint}` and `{alertId}` in a report URL template. */
export function reportUrlFromTemplate(template: string | undefined) {
  if (template === undefined) return undefined;
  return (report: { id: string; alert: { fingerprint: string; id: string } }) =>
    template
      .replaceAll('{reportId}', encodeURIComponent(report.id))
      .replaceAll('{fingerprint}', encodeURIComponent(report.alert.fingerprint))
      .replaceAll('{alertId}', encodeURIComponent(report.alert.id));
}
