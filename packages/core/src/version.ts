import packageJson from '../package.json' with { type: 'json' };

/** The version of `@triagekit/core` in use, recorded in every report's provenance. */
export const CORE_VERSION: string = packageJson.version;
