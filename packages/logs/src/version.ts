import packageJson from '../package.json' with { type: 'json' };

/** The version of `@triagekit/logs` in use, recorded in report provenance. */
export const LOGS_VERSION: string = packageJson.version;
