import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import Database from 'better-sqlite3';
import { accountsFileName } from '../../accounts/accountsDatabase.ts';
import { readOnlyLogHead } from '../../eventStore/sqlite/integrity/readOnlyLogVerifier.ts';
import { signingKeyFileName } from '../../eventStore/sqlite/logSigning.ts';
import { eventsFileName } from '../../eventStore/sqlite/schema.ts';
import { readModelFolder } from '../../readModels/startReadModels.ts';
import {
  describeFile,
  manifestFileName,
  manifestFormat,
  type BackedUpFile,
  type BackupManifest,
} from './manifest.ts';
import { copySqliteFile } from './sqliteCopy.ts';

/** The folder holding the data directory's keys (residents' keys among them). */
export const keysFolderName = 'keys';

/** The backup cannot start: no log to back up, or a target that already holds files. */
export class BackupTargetError extends Error {
  override readonly name = 'BackupTargetError';
}

interface Planned {
  readonly path: string;
  readonly kind: BackedUpFile['kind'];
}

// SQLite's own companions: their content reaches the copy through the backup API.
const isCompanion = (name: string): boolean => /-(wal|shm|journal)$/.test(name);

const filesUnder = (dataDir: string, folder: string): string[] => {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((full) => statSync(full).isFile() && !isCompanion(full))
    .map((full) => relative(dataDir, full).split(sep).join('/'))
    .sort();
};

/**
 * What to copy, in an order that keeps the copies consistent with one another though
 * they are taken one after another beside a running server: the read models first, so
 * none is ahead of the log copied after them (the server catches them up after a
 * restore; one ahead of its log would skip events appended later). The log before the
 * keys, so every key an event in the copy needs is taken after that event was written.
 */
const plan = (dataDir: string): Planned[] => {
  const sqliteOrFile = (path: string): Planned => ({
    path,
    kind: path.endsWith('.sqlite') ? 'sqlite' : 'file',
  });
  const present = (path: string) => existsSync(join(dataDir, path));
  return [
    ...filesUnder(dataDir, readModelFolder(dataDir))
      .filter((path) => path.endsWith('.sqlite'))
      .map(sqliteOrFile),
    ...(present(accountsFileName) ? [sqliteOrFile(accountsFileName)] : []),
    sqliteOrFile(eventsFileName),
    ...filesUnder(dataDir, join(dataDir, keysFolderName)).map(sqliteOrFile),
    ...(present(signingKeyFileName) ? [{ path: signingKeyFileName, kind: 'file' as const }] : []),
  ];
};

/**
 * An online backup of a data directory into the empty folder `to`: the log, accounts,
 * read models and keys, with a manifest (files, sizes, sha256, the log's head) written
 * last, so a folder without one is an unfinished backup.
 */
export const backupDataDir = async (options: {
  readonly dataDir: string;
  readonly to: string;
  /** The log's signing key comes from the environment rather than the key file. */
  readonly keyFromEnvironment: boolean;
  readonly now?: () => Date;
  readonly onProgress?: (doneBytes: number, totalBytes: number) => void;
}): Promise<BackupManifest> => {
  const { dataDir, to } = options;
  if (!existsSync(join(dataDir, eventsFileName))) {
    throw new BackupTargetError(`there is no log at ${join(dataDir, eventsFileName)}`);
  }
  if (existsSync(to) && readdirSync(to).length > 0) {
    throw new BackupTargetError(`${to} is not empty; back up into a new or empty folder`);
  }
  // Accounts and keys are inside: the backup is for its owner's eyes only.
  mkdirSync(to, { recursive: true, mode: 0o700 });
  const planned = plan(dataDir);
  const sizes = planned.map(({ path }) => statSync(join(dataDir, path)).size);
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  let doneBytes = 0;
  for (const [index, file] of planned.entries()) {
    const source = join(dataDir, file.path);
    const destination = join(to, file.path);
    mkdirSync(dirname(destination), { recursive: true });
    if (file.kind === 'sqlite') {
      await copySqliteFile(source, destination, (done, total) =>
        options.onProgress?.(doneBytes + (sizes[index]! * done) / Math.max(total, 1), totalBytes),
      );
    } else {
      copyFileSync(source, destination);
    }
    doneBytes += sizes[index]!;
    options.onProgress?.(doneBytes, totalBytes);
  }
  const files: BackedUpFile[] = [];
  for (const file of planned) files.push(await describeFile(to, file.path, file.kind));
  const logCopy = join(to, eventsFileName);
  const manifest: BackupManifest = {
    format: manifestFormat,
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    log: { events: countEvents(logCopy), head: readOnlyLogHead(logCopy) ?? null },
    signingKey: options.keyFromEnvironment ? 'environment' : 'file',
    files,
  };
  await writeFile(join(to, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
};

const countEvents = (path: string): number => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM events').get()!.count;
  } finally {
    db.close();
  }
};
