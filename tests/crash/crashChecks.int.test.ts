import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listReadModelFiles } from '@gridline/backend/readModels/readModelFile.ts';
import { readModelFolder } from '@gridline/backend/readModels/startReadModels.ts';
import { startLoad } from './support/commandLoad.ts';
import { prepareCrashDataDir } from './support/crashDataDir.ts';
import { seededRandom } from './support/crashRounds.ts';
import { chainBreaks, missingOrDoubled } from './support/logChecks.ts';
import { readModelsUnlikeRebuild } from './support/readModelChecks.ts';
import { startServerProcess, type ServerProcess } from './support/serverProcess.ts';

// The crash rounds are only as good as their checks: here each check is shown a data
// directory damaged the way a lost write would damage it, and must say so.

describe('The checks of a crash round', () => {
  let dataDir: string | undefined;
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('name a read-model row unlike the rebuild, and an acknowledged command missing from the log', async () => {
    dataDir = await prepareCrashDataDir();
    const logPath = join(dataDir, 'events.sqlite');
    server = await startServerProcess(dataDir);
    const load = startLoad({
      base: server.base,
      clients: 4,
      ackTarget: 20,
      retries: [],
      cases: [],
      round: 1,
      random: seededRandom(7),
    });
    await load.reached;
    // Stopped in order this time: the clients first, so the server can shut down cleanly.
    const { acknowledged } = await load.halt();
    await server.stop();
    expect(missingOrDoubled(logPath, acknowledged)).toEqual([]);
    expect(await chainBreaks(logPath)).toEqual([]);

    // A row gone: what a batch lost while its checkpoint moved on would leave.
    const folder = readModelFolder(dataDir);
    const board = listReadModelFiles(folder).find((file) => file.name === 'case_board')!;
    const readModel = new Database(join(folder, board.file));
    const tables = readModel
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'runner_state'",
      )
      .all();
    const table = tables.find(({ name }) =>
      readModel.prepare(`SELECT count(*) AS rows FROM "${name}"`).pluck().get(),
    )!.name;
    readModel
      .prepare(`DELETE FROM "${table}" WHERE rowid = (SELECT max(rowid) FROM "${table}")`)
      .run();
    readModel.close();
    server = await startServerProcess(dataDir);
    const unlike = await readModelsUnlikeRebuild(dataDir, server.base);
    expect(unlike).toHaveLength(1);
    expect(unlike[0]).toMatch(new RegExp(`^case_board\\.${table}: (\\d+) rows kept, \\d+ rebuilt`));
    await server.stop();

    const lost = acknowledged.find((ack) => ack.path.endsWith('/notes'))!;
    const db = new Database(logPath);
    db.prepare('DELETE FROM events WHERE position = ?').run(Number(lost.position.split('/')[0]));
    db.close();
    expect(missingOrDoubled(logPath, acknowledged)).toEqual([
      `${lost.path} (key ${lost.key}): events found 0 times`,
    ]);
    expect(await chainBreaks(logPath)).not.toEqual([]);
  }, 240_000);
});
