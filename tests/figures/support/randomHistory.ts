import fc from 'fast-check';
import { organisationEventTypes, type Actor, type OrganisationEvent } from '@gridline/events';
import type { ProjectedEvent } from '@gridline/projections';
import { recorded } from '@gridline/projections/testing/projectionSpec.ts';
import { decideCase } from '@gridline/backend/domain/case/decideCase.ts';
import { foldCase, type RecordedCaseEvent } from '@gridline/backend/domain/case/evolveCase.ts';
import { testContext } from '@gridline/backend/domain/case/specification/given.ts';
import { DomainError } from '@gridline/backend/domain/domainError.ts';
import {
  foldDirectory,
  type OrganisationDirectory,
} from '@gridline/backend/domain/organisation/organisationDirectory.ts';
import { caseCommandTypes, randomCaseCommand } from './randomCaseCommand.ts';
import { establishment, peopleAround, world } from './figureWorld.ts';
import { fieldWork, type Appended } from './randomFieldWork.ts';

// Random but valid histories: a sequence of steps, each advancing the clock and then
// trying one thing — a step on an existing case, opening one, a patrol, a residents'
// meeting, a change of staff or a new building. Every case, patrol and meeting event comes
// from the real decide functions, so a history obeys every rule; what they refuse is left
// out, as the API would refuse it.

export interface Step {
  readonly minutes: number;
  readonly kind: number;
  readonly target: number;
  readonly actor: number;
  readonly variant: number;
}

export const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  // Mostly hours, sometimes days: deadlines get met and missed.
  minutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 600, max: 8 * 1440 })),
  kind: fc.nat(99),
  target: fc.nat(),
  actor: fc.nat(),
  variant: fc.nat(),
});

export const historyStart = new Date('2026-06-01T01:00:00Z');

const setup: Actor = {
  personId: 'setup',
  role: 'admin',
  scope: { kind: 'district', id: 'district-1' },
};
const organisationTypes: ReadonlySet<string> = new Set(organisationEventTypes);

export const historyOf = (steps: readonly Step[]): ProjectedEvent[] => {
  const events: ProjectedEvent[] = [];
  const cases = new Map<string, RecordedCaseEvent[]>();
  let directory: OrganisationDirectory = foldDirectory([]);
  let now = new Date(historyStart.getTime() - 30 * 86_400_000);

  const append = ({ event, streamName, actor }: Appended): void => {
    const at = now.toISOString();
    events.push(recorded(event, { recordedAt: at, occurredAt: at, actor, streamName }));
    if (organisationTypes.has(event.type)) {
      directory = foldDirectory(
        [{ event: event as OrganisationEvent, recordedAt: now }],
        directory,
      );
    }
    if (streamName.startsWith('case-')) {
      const caseId = (event.data as { caseId: string }).caseId;
      const metadata = { actor: { personId: actor.personId }, recordedAt: at, occurredAt: at };
      cases.set(caseId, [
        ...(cases.get(caseId) ?? []),
        { ...event, metadata } as RecordedCaseEvent,
      ]);
    }
  };
  /** A refusal by the rules is a step not taken; anything else is a bug in the test. */
  const attempt = (produce: () => readonly Appended[]): boolean => {
    try {
      for (const appended of produce()) append(appended);
      return true;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return false;
    }
  };

  for (const event of establishment) append({ event, streamName: 'org-district', actor: setup });
  now = historyStart;
  steps.forEach((step, serial) => {
    now = new Date(now.getTime() + step.minutes * 60_000);
    if (step.kind < 60 && cases.size > 0) {
      const state = foldCase([...cases.values()][step.target % cases.size]!);
      if (state.status === 'none') return;
      const type = caseCommandTypes[step.variant % caseCommandTypes.length]!;
      const near = peopleAround(world.grids.find((g) => g.gridId === state.place.gridId)!);
      // Whoever first may take the step, starting from a random person: a legal command.
      for (let tried = 0; tried < near.length; tried += 1) {
        const actor = near[(step.actor + tried) % near.length]!;
        const command = randomCaseCommand(
          type,
          state,
          actor,
          step.variant >> 4,
          now,
          `S-${serial}`,
        );
        const stream = `case-${state.caseId}`;
        if (
          attempt(() =>
            decideCase(command, state, testContext).map((event) => ({
              event,
              streamName: stream,
              actor,
            })),
          )
        )
          break;
      }
      return;
    }
    const grid = world.grids[step.target % world.grids.length]!;
    const around = peopleAround(grid);
    const actor = around[step.actor % around.length]!;
    attempt(fieldWork(step, grid, actor, now, `${serial}`, directory));
  });
  return events;
};
