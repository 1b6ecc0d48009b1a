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

describe('The backend layers (domain ← application ← http)', () => {
  it.each([
    ['backend/src/domain/domainError.ts', '../config.ts'],
    ['backend/src/domain/case/decideCase.ts', '../../config.ts'],
    ['backend/src/domain/case/decideCase.ts', '../../application/eventIds.ts'],
    ['backend/src/domain/case/decideCase.ts', '../../eventStore/port.ts'],
    ['backend/src/domain/case/specification/given.ts', '../../../http/problems.ts'],
    ['backend/src/domain/case/specification/given.ts', '../../../accounts/actor.ts'],
    ['backend/src/domain/case/decideCase.ts', '@gridline/backend/config.ts'],
    ['backend/src/domain/case/decideCase.ts', '@gridline/projections'],
    ['backend/src/application/cases/caseQueries.ts', '../../http/problems.ts'],
    ['backend/src/application/services.ts', '../http/app.ts'],
    ['backend/src/application/services.ts', '@gridline/backend/http/problems.ts'],
    ['backend/src/accounts/openAccounts.ts', '../http/session/sessionRoutes.ts'],
    ['backend/src/application/services.ts', '@gridline/console'],
  ])('refuses %s importing %s', async (filePath, specifier) => {
    expect(await boundaryErrors(filePath, importing(specifier))).toHaveLength(1);
  });

  it('refuses the outward import even when only a type is imported', async () => {
    expect(
      await boundaryErrors('backend/src/domain/deadlines/x.ts', importing('../../config.ts', true)),
    ).toHaveLength(1);
  });

  it.each([
    ['backend/src/domain/case/decideCase.ts', '@gridline/events'],
    ['backend/src/domain/case/decideCase.ts', 'zod'],
    ['backend/src/domain/case/decideCase.ts', '../domainError.ts'],
    ['backend/src/domain/case/decideCase.ts', '../deadlines/index.ts'],
    ['backend/src/domain/case/decideCase.ts', './caseState.ts'],
    ['backend/src/domain/case/specification/given.ts', '../../deadlines/index.ts'],
    ['backend/src/application/cases/caseQueries.ts', '../../domain/domainError.ts'],
    ['backend/src/application/cases/caseQueries.ts', '../../eventStore/port.ts'],
    ['backend/src/http/app.ts', '../application/services.ts'],
    ['backend/src/http/app.ts', '../accounts/openAccounts.ts'],
    ['backend/src/config.ts', './domain/configError.ts'],
  ])('allows %s importing %s', async (filePath, specifier) => {
    expect(await boundaryErrors(filePath, importing(specifier))).toEqual([]);
  });
});
