import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

export const manifestFileName = 'manifest.json';
export const manifestFormat = 'gridline-backup/1';

export interface BackedUpFile {
  /** Relative to the data directory (and to the backup folder), with forward slashes. */
  readonly path: string;
  /** `sqlite`: copied with SQLite's online backup; `file`: copied as it is. */
  readonly kind: 'sqlite' | 'file';
  readonly bytes: number;
  readonly sha256: string;
}

export interface BackupManifest {
  readonly format: typeof manifestFormat;
  readonly createdAt: string;
  /** The log as backed up: its head (position and hash) and how many events it holds. */
  readonly log: {
    readonly events: number;
    readonly head: { position: number; hash: string } | null;
  };
  /** Where the log's signing key came from: a file in the backup, or the environment. */
  readonly signingKey: 'file' | 'environment';
  readonly files: readonly BackedUpFile[];
}

/** A backup folder whose manifest is missing or unreadable: it cannot be restored at all. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

export const sha256Of = async (path: string): Promise<string> => {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
};

export const describeFile = async (
  folder: string,
  path: string,
  kind: BackedUpFile['kind'],
): Promise<BackedUpFile> => {
  const full = join(folder, path);
  return { path, kind, bytes: (await stat(full)).size, sha256: await sha256Of(full) };
};

const isSafeRelative = (path: unknown): path is string =>
  typeof path === 'string' &&
  path !== '' &&
  !path.startsWith('/') &&
  !path.split('/').some((part) => part === '..' || part === '');

export const readManifest = (folder: string): BackupManifest => {
  const path = join(folder, manifestFileName);
  if (!existsSync(path)) {
    throw new ManifestError(
      `${folder} has no ${manifestFileName}: not a Gridline backup, or an unfinished one`,
    );
  }
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  } catch (error) {
    throw new ManifestError(`${path} is not JSON: ${(error as Error).message}`);
  }
  if (manifest?.format !== manifestFormat || !Array.isArray(manifest.files)) {
    throw new ManifestError(`${path} is not a ${manifestFormat} manifest`);
  }
  // A manifest names paths inside the data directory; one that climbs out is refused.
  const unsafe = manifest.files.find((file) => !isSafeRelative(file?.path));
  if (unsafe)
    throw new ManifestError(
      `${path} names a file outside the backup: ${JSON.stringify(unsafe.path)}`,
    );
  return manifest;
};

/** Every way the backup's files differ from its manifest; empty when they all match. */
export const checkFiles = async (folder: string, manifest: BackupManifest): Promise<string[]> => {
  const problems: string[] = [];
  for (const file of manifest.files) {
    const full = join(folder, file.path);
    if (!existsSync(full)) {
      problems.push(`${file.path} is missing`);
      continue;
    }
    const found = await describeFile(folder, file.path, file.kind);
    if (found.bytes !== file.bytes) {
      problems.push(`${file.path} has ${found.bytes} bytes, the manifest says ${file.bytes}`);
    } else if (found.sha256 !== file.sha256) {
      problems.push(`${file.path} does not match its sha256 in the manifest`);
    }
  }
  return problems;
};
