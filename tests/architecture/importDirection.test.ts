import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The import-direction messages ESLint gives for `source` placed at `filePath`. */
const boundaryErrors = async (filePath: string, source: string): Promise<string[]> => {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
};

const importing = (specifier: string, typeOnly = false): string =>
  typeOnly
    ? `import type { Anything } from '${specifier}';\nexport type Re = Anything;\n`
    : `import { anything } from '${specifier}';\nexport const re = anything;\n`;

describe('The import direction (events ← projections ← backend; console types only)', () => {
  it.each([
    ['events/src/x.ts', '@gridline/projections'],
    ['events/src/x.ts', '@gridline/backend/eventStore/port.ts'],
    ['events/src/x.ts', '../../backend/src/main.ts'],
    ['projections/src/x.ts', '@gridline/backend'],
    ['projections/src/x.ts', '../../backend/src/config.ts'],
    ['backend/src/x.ts', '@gridline/console'],
    ['console/src/x.ts', '@gridline/backend'],
    ['console/src/x.ts', '@gridline/events'],
  ])('refuses %s importing %s', async (filePath, specifier) => {
    expect(await boundaryErrors(filePath, importing(specifier))).toHaveLength(1);
  });

  it.each([
    ['projections/src/x.ts', '@gridline/events'],
    ['backend/src/x.ts', '@gridline/events'],
    ['backend/src/x.ts', '@gridline/projections'],
    ['events/src/x.ts', 'zod'],
  ])('allows %s importing %s', async (filePath, specifier) => {
    expect(await boundaryErrors(filePath, importing(specifier))).toEqual([]);
  });

  it('allows the console type-only imports from events and projections', async () => {
    expect(await boundaryErrors('console/src/x.ts', importing('@gridline/events', true))).toEqual(
      [],
    );
    expect(
      await boundaryErrors('console/src/x.ts', importing('@gridline/projections', true)),
    ).toEqual([]);
  });
});
