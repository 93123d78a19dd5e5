// Loaded with `node --import`: lets a child process run this package's TypeScript sources directly,
// through the hooks in typescript-hooks.mjs. For tests only.
import { register } from 'node:module';

register('./typescript-hooks.mjs', import.meta.url);
