import type { Services } from '../application/services.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import { deadlinePass, type PassReport, type Settled } from './deadlinePass.ts';
import { deadlineProcessActor } from './systemActor.ts';

export interface DeadlineProcessOptions {
  readonly services: Pick<Services, 'cases' | 'directory'>;
  readonly readModels: Pick<ProjectionRunner, 'database' | 'status'>;
  /** GRIDLINE_AUTO_ESCALATE: escalate grid and community cases as overdue, up to the street. */
  readonly autoEscalate: boolean;
  /** The clock deadlines are judged by; tests pin it. */
  readonly now?: () => Date;
  readonly intervalMs?: number;
  readonly batchSize?: number;
  readonly log?: (message: string) => void;
  /**
   * Whether the log takes changes now: false while the check after start runs, when the
   * process waits as commands do (default: always).
   */
  readonly logWritable?: () => boolean;
}

/**
 * While the case board catches up (or the log is being checked), look again soon rather
 * than judge from old rows.
 */
const notReadyRetryMs = 5_000;

/**
 * 限时办结 watched: every minute (and once at start) records the missed deadlines of open
 * cases as the system and, where the deployment switches it on, escalates them. Safe to
 * run in several processes at once and to restart at any point: each step's event ids
 * follow from the (case, level, deadline), so it is written once whoever gets there first.
 */
export const deadlineProcess = (options: DeadlineProcessOptions) => {
  const { services, readModels, autoEscalate } = options;
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? 60_000;
  const log = options.log ?? ((message) => console.warn(`gridline: ${message}`));
  let settled: Settled = new Map();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<PassReport | undefined> | undefined;
  let stopped = false;

  const logWritable = options.logWritable ?? (() => true);
  const boardIsLive = () =>
    readModels.status().find((status) => status.name === 'case_board')?.state === 'live';

  const pass = async (): Promise<PassReport> => {
    const result = await deadlinePass(
      {
        cases: services.cases,
        board: () => readModels.database('case_board'),
        actor: async () => deadlineProcessActor(await services.directory.current()),
        now,
        autoEscalate,
        batchSize: options.batchSize ?? 100,
        log,
      },
      settled,
    );
    settled = result.settled;
    return result.report;
  };

  /** One pass now, unless one is running (then its result); undefined while not ready. */
  const runOnce = (): Promise<PassReport | undefined> => {
    const ready = boardIsLive() && logWritable();
    running ??= (ready ? pass() : Promise.resolve(undefined)).finally(() => {
      running = undefined;
    });
    return running;
  };

  const schedule = (delayMs: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      void runOnce()
        .catch((error: unknown) => {
          log(`deadline process pass failed: ${String(error)}`);
          return null;
        })
        .then((report) => {
          if (report && report.missesRecorded + report.escalated > 0) {
            log(
              `deadline process: recorded ${report.missesRecorded} missed deadline(s), ` +
                `escalated ${report.escalated} case(s) as overdue`,
            );
          }
          schedule(report === undefined ? Math.min(notReadyRetryMs, intervalMs) : intervalMs);
        });
    }, delayMs);
    // A server on its way down does not wait for the next minute.
    timer.unref();
  };

  return {
    runOnce,
    /** The first pass after `delayMs`, then every interval. */
    start: (delayMs = 0): void => schedule(delayMs),
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
};

export type DeadlineProcess = ReturnType<typeof deadlineProcess>;
