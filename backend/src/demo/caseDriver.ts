import type { Actor, RiskLevel } from '@gridline/events';
import type { CaseOutcome } from '../application/cases/caseService.ts';
import type { CaseCommandPayload, CaseCommandType } from '../domain/case/caseCommands.ts';
import { isActive, noCase, sameInstant, type CaseState } from '../domain/case/caseState.ts';
import type { DemoWorld } from './demoWorld.ts';
import type { Random } from './random.ts';
import { actorOf, type StaffMember } from './staffPlan.ts';
import { hours, minutes } from './workingTime.ts';

// One case as its story sees it: commands go through the case service at the simulated
// time, the folded state comes back, and every deadline the case is given is watched
// the way the deadline process watches it (CaseDeadlineMissed once it has passed).

export type CaseStep = Exclude<CaseCommandType, 'LogDispute' | 'ReportIssue'>;

export interface CaseDriver {
  readonly caseId: string;
  readonly riskLevel: RiskLevel;
  readonly random: Random;
  state(): CaseState;
  run<Type extends CaseStep>(
    type: Type,
    by: StaffMember,
    payload: CaseCommandPayload<Type>,
  ): Promise<CaseOutcome>;
  /** Waits office hours; high-risk cases move twice as fast, critical ones on the clock. */
  pause(officeHours: number): Promise<void>;
  until(time: Date): Promise<void>;
  /** The story ends here: nothing more happens to the case within the window. */
  stop(): Promise<never>;
}

const afterEverything = new Date(8.64e15);

export class DemoStepFailed extends Error {
  override readonly name = 'DemoStepFailed';
}

export const driveCase = (
  world: DemoWorld,
  caseId: string,
  riskLevel: RiskLevel,
  random: Random,
): CaseDriver => {
  const { timeline, office, services } = world;
  let state: CaseState = noCase;
  const watched = new Set<string>();

  const execute = async <Type extends CaseCommandType>(
    type: Type,
    actor: Actor,
    payload: CaseCommandPayload<Type>,
  ): Promise<CaseOutcome> => {
    try {
      const outcome = await services.cases.execute(type, caseId, payload, world.context(actor));
      state = outcome.state;
      world.record(outcome.events);
      watchDeadline();
      return outcome;
    } catch (error) {
      const when = timeline.now().toISOString();
      throw new DemoStepFailed(
        `Demo case ${caseId}: ${type} by ${actor.personId} (${actor.role}) at ${when} was refused: ${String(error)}`,
        { cause: error },
      );
    }
  };

  // The deadline process runs every few minutes; it records each (level, deadline) once.
  const watchDeadline = (): void => {
    if (!isActive(state) || !state.deadline) return;
    const { level, due } = state.deadline;
    const key = `${level}@${new Date(due).getTime()}`;
    if (watched.has(key)) return;
    watched.add(key);
    const check = new Date(new Date(due).getTime() + minutes(random.int(1, 15)));
    timeline.spawn(check, async () => {
      const inForce = isActive(state) ? state.deadline : null;
      if (!inForce || inForce.level !== level || !sameInstant(inForce.due, due)) return;
      await execute('RecordDeadlineMissed', world.staff.system, { level, deadline: due });
    });
  };

  return {
    caseId,
    riskLevel,
    random,
    state: () => state,
    run: (type, by, payload) => execute(type, actorOf(by), payload),
    pause: (officeHours) => {
      const now = timeline.now();
      if (riskLevel === 'critical')
        return timeline.until(new Date(now.getTime() + hours(officeHours * 0.1)));
      const factor = riskLevel === 'high' ? 0.5 : 1;
      return timeline.until(office.addOfficeTime(now, hours(officeHours * factor)));
    },
    until: (time) => timeline.until(time),
    stop: () => timeline.until(afterEverything) as Promise<never>,
  };
};
