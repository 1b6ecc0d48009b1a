import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where the console's build lies: console/dist beside the backend, unless
// GRIDLINE_CONSOLE_DIR names another. `npm start` builds it first when stale.
const dir = resolve(
  process.env['GRIDLINE_CONSOLE_DIR'] || join(import.meta.dirname, '../../console/dist'),
);

export const consoleBuild = { dir, present: existsSync(join(dir, 'index.html')) } as const;
