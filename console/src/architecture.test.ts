import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Feature folders stand alone: a feature imports common/, caseWork/ and itself, never
// another feature, so each can change (or go) without touching the others. app/ alone
// composes them.
const srcDir = import.meta.dirname;
const featuresDir = join(srcDir, 'features');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

const featureOf = (file: string): string | null => {
  const path = relative(featuresDir, file);
  return path.startsWith('..') ? null : (path.split(sep)[0] ?? null);
};

describe('When a feature imports', () => {
  it('imports no other feature', () => {
    const crossings = sourceFiles(featuresDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)]
        .map((match) => resolve(dirname(file), match[1] ?? ''))
        .filter((target) => featureOf(target) !== null && featureOf(target) !== featureOf(file))
        .map((target) => `${relative(srcDir, file)} → ${relative(srcDir, target)}`),
    );
    expect(crossings).toEqual([]);
  });
  it('is imported by app/ only, never by common/ or caseWork/', () => {
    const leaks = [
      ...sourceFiles(join(srcDir, 'common')),
      ...sourceFiles(join(srcDir, 'caseWork')),
    ].filter((file) => /from '[^']*\/features\//.test(readFileSync(file, 'utf8')));
    expect(leaks.map((file) => relative(srcDir, file))).toEqual([]);
  });
});
