import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join, relative, resolve } from 'node:path';

// `npm start` and the browser tests call this before the server starts: the backend serves
// console/dist, and a build that lags behind the sources would show yesterday's console.

const consoleDir = import.meta.dirname;
export const consoleDistDir = join(consoleDir, 'dist');
const stampFile = '.source-hash';

// What a build is made from. The lock file stands for the installed libraries.
const inputs = [
  'index.html',
  'buildWhenStale.ts',
  'vite.config.ts',
  'antdStylesheet.ts',
  'package.json',
  'tsconfig.json',
  '../package-lock.json',
];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A hash of every source file's path and content: cheap next to a build (a few ms). */
export async function sourceHash(): Promise<string> {
  const files = [
    ...(await filesUnder(join(consoleDir, 'src'))),
    ...inputs.map((file) => join(consoleDir, file)),
  ]
    // Tests are not part of the build: changing one needs no rebuild.
    .filter((file) => existsSync(file) && !/\.test\.tsx?$|[\\/]testing[\\/]/.test(file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash
      .update(relative(consoleDir, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}

const builtHash = async (): Promise<string | null> =>
  readFile(join(consoleDistDir, stampFile), 'utf8').catch(() => null);

const lockDir = join(consoleDir, '.build-lock');

// Two starts at once (the browser journeys run in parallel) build once: the second waits
// for the first, then finds dist/ up to date. A lock left by a killed build expires.
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (let waited = 0; ; waited += 250) {
    try {
      await mkdir(lockDir);
      break;
    } catch {
      const age = Date.now() - ((await stat(lockDir).catch(() => null))?.mtimeMs ?? Date.now());
      if (age > 5 * 60_000 || waited > 10 * 60_000)
        await rm(lockDir, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

export interface BuildOutcome {
  readonly built: boolean;
  readonly dir: string;
}

/**
 * Builds the console unless dist/ was built from the sources as they are. The build goes to
 * a fresh folder that then replaces dist/, so a server never serves a half-written one.
 */
export async function buildConsoleWhenStale(
  log: (line: string) => void = console.log,
): Promise<BuildOutcome> {
  const hash = await sourceHash();
  const upToDate = async () =>
    (await builtHash()) === hash && existsSync(join(consoleDistDir, 'index.html'));
  if (await upToDate()) return { built: false, dir: consoleDistDir };
  return withBuildLock(async () => {
    if (await upToDate()) return { built: false, dir: consoleDistDir };
    await build(hash, log);
    return { built: true, dir: consoleDistDir };
  });
}

// In its own process with NODE_ENV=production: a caller's NODE_ENV (vitest sets `test`)
// would otherwise put React's development build into the bundle.
async function viteBuild(outDir: string): Promise<void> {
  const viteBin = join(
    dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin/vite.js',
  );
  const child = spawn(
    process.execPath,
    [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: consoleDir,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`vite build exited with ${code}`);
}

// The server sends these to browsers that take gzip (backend/src/http/consoleRoutes.ts).
async function gzipAssets(assetsDir: string): Promise<void> {
  for (const file of await filesUnder(assetsDir)) {
    if (!/\.(js|css)$/.test(file)) continue;
    const content = await readFile(file);
    if (content.length > 1024) await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
  }
}

async function build(hash: string, log: (line: string) => void): Promise<void> {
  log('Building the console (its sources changed since the last build) …');
  const started = Date.now();
  const outDir = resolve(consoleDir, `dist-${process.pid}-${Date.now()}`);
  try {
    await viteBuild(outDir);
    await gzipAssets(join(outDir, 'assets'));
    await writeFile(join(outDir, stampFile), hash);
    await rm(consoleDistDir, { recursive: true, force: true });
    await rename(outDir, consoleDistDir);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
  log(`Console built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

// `node console/buildWhenStale.ts` (npm start runs it first). A failed build is reported and
// the server starts all the same, serving the API and any earlier build.
if (process.argv[1] && resolve(process.argv[1]) === resolve(consoleDir, 'buildWhenStale.ts')) {
  try {
    await buildConsoleWhenStale();
  } catch (error) {
    console.error(
      'gridline: the console could not be built; serving the API and any earlier build.',
      error,
    );
  }
}
