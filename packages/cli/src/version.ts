import packageJson from '../package.json' with { type: 'json' };

/** The version of `@triagekit/cli`. */
export const CLI_VERSION: string = packageJson.version;
