import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './support/apiServer.ts';

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: {
    ruleId: string;
    severity: string;
    message: string;
    location: { pointer: string }[];
  }[];
}

const redoclyCli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

/**
 * Redocly CLI's `lint` with its recommended rules, on a file. It runs in an empty folder, so
 * no redocly.yaml changes the rules, and it is told not to phone home, so it needs no
 * network: telemetry off, no update notice.
 */
const lint = async (document: unknown): Promise<LintReport> => {
  const folder = mkdtempSync(join(tmpdir(), 'gridline-openapi-'));
  try {
    writeFileSync(join(folder, 'openapi.json'), JSON.stringify(document, null, 2));
    const run = promisify(execFile)(
      process.execPath,
      [redoclyCli, 'lint', '--extends', 'recommended', '--format', 'json', 'openapi.json'],
      {
        cwd: folder,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    // It exits 1 when it finds errors; the report on stdout says which either way.
    const { stdout } = await run.catch((error: { stdout?: string }) => {
      if (!error.stdout) throw error;
      return { stdout: error.stdout };
    });
    return JSON.parse(stdout) as LintReport;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

const listed = ({ problems }: LintReport) =>
  problems.map(
    ({ severity, ruleId, message, location }) =>
      `${severity} ${ruleId} at ${location[0]?.pointer}: ${message}`,
  );

describe('The OpenAPI document under a real linter (Redocly, recommended rules)', () => {
  let api: ApiServer;
  let document: Record<string, unknown>;

  beforeAll(async () => {
    api = await startApiServer();
    document = (await api.call('GET', '/api/openapi.json')).body;
  });
  afterAll(() => api.close());

  it('passes with no error and no warning', async () => {
    const report = await lint(document);
    expect(listed(report)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  // The linter must be able to fail: the same document without its security declarations
  // and servers is refused, rule by rule.
  it('refuses a document that leaves out security and servers', async () => {
    const paths = document['paths'] as Record<string, Record<string, Record<string, unknown>>>;
    const stripped = {
      ...document,
      servers: undefined,
      paths: Object.fromEntries(
        Object.entries(paths).map(([path, methods]) => [
          path,
          Object.fromEntries(
            Object.entries(methods).map(([method, { security: _security, ...operation }]) => [
              method,
              operation,
            ]),
          ),
        ]),
      ),
    };
    const rules = new Set(listed(await lint(stripped)).map((problem) => problem.split(' ')[1]));
    expect([...rules]).toEqual(expect.arrayContaining(['no-empty-servers', 'security-defined']));
  });
});
