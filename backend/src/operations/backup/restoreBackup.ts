import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { accountsFileName } from '../../accounts/accountsDatabase.ts';
import { signingKeyFileName } from '../../eventStore/sqlite/logSigning.ts';
import { eventsFileName } from '../../eventStore/sqlite/schema.ts';
import { readModelFolder } from '../../readModels/startReadModels.ts';
import { checkFiles, readManifest, type BackupManifest } from './manifest.ts';
import { keysFolderName } from './onlineBackup.ts';

/** The data directory holds files and --force was not given. */
export class RestoreTargetError extends Error {
  override readonly name = 'RestoreTargetError';
}

/** The backup's files do not match its manifest: nothing was restored. */
export class DamagedBackupError extends Error {
  override readonly name = 'DamagedBackupError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`the backup does not match its manifest: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

/**
 * What a restore replaces. The SQLite companions go too: a WAL left beside a restored
 * file would be replayed into it on the next open, mixing two histories.
 */
const replacedBy = (dataDir: string): string[] => [
  ...[eventsFileName, accountsFileName].flatMap((name) =>
    ['', '-wal', '-shm', '-journal'].map((suffix) => join(dataDir, `${name}${suffix}`)),
  ),
  readModelFolder(dataDir),
  join(dataDir, keysFolderName),
  join(dataDir, signingKeyFileName),
];

/**
 * Restores a backup into `dataDir`: checks every file against the manifest first (a
 * damaged backup restores nothing), refuses a data directory that holds anything unless
 * `force`, then copies each file aside and renames it into place. The server must be
 * stopped: it would keep the replaced files open.
 */
export const restoreBackup = async (options: {
  readonly from: string;
  readonly dataDir: string;
  readonly force: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}): Promise<BackupManifest> => {
  const { from, dataDir } = options;
  const manifest = readManifest(from);
  const problems = await checkFiles(from, manifest);
  if (problems.length > 0) throw new DamagedBackupError(problems);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!options.force) {
      throw new RestoreTargetError(
        `${dataDir} is not empty; restore into an empty data directory, or give --force to replace its log, accounts, read models and keys`,
      );
    }
    for (const path of replacedBy(dataDir)) rmSync(path, { recursive: true, force: true });
  }
  const total = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  let done = 0;
  for (const file of manifest.files) {
    const destination = join(dataDir, file.path);
    mkdirSync(dirname(destination), { recursive: true });
    copyFileSync(join(from, file.path), `${destination}.restoring`);
    renameSync(`${destination}.restoring`, destination);
    done += file.bytes;
    options.onProgress?.(done, total);
  }
  return manifest;
};
