import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startLoad, type Acknowledged, type SentCommand } from './commandLoad.ts';
import { prepareCrashDataDir } from './crashDataDir.ts';
import { chainBreaks, logHead, missingOrDoubled } from './logChecks.ts';
import { readModelsUnlikeRebuild } from './readModelChecks.ts';
import { startServerProcess, type ServerProcess } from './serverProcess.ts';

// Rounds of: start the real server on the data directory the last round killed, check its
// read models against a rebuild, send it commands from many clients, SIGKILL it mid-load,
// then check the log. Every round's server is the previous round's restart.

export interface CrashOptions {
  readonly rounds: number;
  /** Concurrent HTTP clients. */
  readonly clients: number;
  /** Each round kills the server once this many commands, give or take, were answered. */
  readonly acksPerRound: readonly [min: number, max: number];
  readonly seed: number;
  /** A new data directory every so many rounds, so replays from 0 stay short. */
  readonly roundsPerDataDir: number;
}

export interface RoundReport {
  readonly round: number;
  readonly acknowledged: number;
  readonly retried: number;
  readonly unanswered: number;
  readonly logHead: number;
  /** Everything found wrong in this round; empty when it survived. */
  readonly problems: readonly string[];
}

/** A small seeded generator (mulberry32): the same seed sends the same commands. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

export async function* crashRounds(options: CrashOptions): AsyncGenerator<RoundReport> {
  const random = seededRandom(options.seed);
  let dataDir = '';
  let server: ServerProcess | undefined;
  let acknowledged: Acknowledged[] = [];
  let retries: SentCommand[] = [];
  let cases: string[] = [];
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      const problems: string[] = [];
      if ((round - 1) % options.roundsPerDataDir === 0) {
        await server?.stop();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
        dataDir = await prepareCrashDataDir();
        server = await startServerProcess(dataDir);
        [acknowledged, retries, cases] = [[], [], []];
      }
      const logPath = join(dataDir, 'events.sqlite');
      const [min, max] = options.acksPerRound;
      const load = startLoad({
        base: server!.base,
        clients: options.clients,
        ackTarget: min + Math.floor(random() * (max - min + 1)),
        retries,
        cases,
        round,
        random,
      });
      await load.reached;
      await server!.kill();
      const result = await load.halt();
      problems.push(...result.refused.map((refusal) => `refused: ${refusal}`));
      acknowledged.push(...result.acknowledged);
      problems.push(...missingOrDoubled(logPath, acknowledged));
      problems.push(...(await chainBreaks(logPath)).map((found) => `chain: ${found}`));
      server = await startServerProcess(dataDir);
      const unlike = await readModelsUnlikeRebuild(dataDir, server.base);
      problems.push(...unlike.map((found) => `read model: ${found}`));
      yield {
        round,
        acknowledged: result.acknowledged.length,
        retried: retries.length,
        unanswered: result.unanswered.length,
        logHead: logHead(logPath),
        problems,
      };
      retries = result.unanswered;
    }
  } finally {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
