import type { Actor, GridlineEvent, Level } from '@gridline/events';
import type { CommandContext } from '../application/commandContext.ts';
import type { Services } from '../application/services.ts';
import type { CaseDecisionContext } from '../domain/case/caseDecisionContext.ts';
import type { DistrictPlan } from './districtPlan.ts';
import type { StaffMember, StaffPlan } from './staffPlan.ts';
import type { Timeline } from './timeline.ts';
import type { WorkingTime } from './workingTime.ts';

// Everything a case story or a patrol needs: the command path, the simulated clock, the
// district and its people, and the tally of what was written.

export interface DemoStats {
  readonly eventsByType: ReadonlyMap<string, number>;
  readonly resolvedAt: Readonly<Record<Level, number>>;
  readonly events: number;
}

/** The part of the command path the demo drives; a benchmark generator may stand in for it. */
export type DemoServices = Pick<Services, 'cases' | 'organisation' | 'inspections' | 'meetings'>;

export interface DemoWorld {
  readonly seed: number;
  readonly services: DemoServices;
  readonly decision: CaseDecisionContext;
  readonly office: WorkingTime;
  readonly timeline: Timeline;
  readonly district: DistrictPlan;
  readonly staff: StaffPlan;
  readonly person: (personId: string) => StaffMember;
  /**
   * A command's context at simulated `now`. The idempotency key (also its correlation
   * id) counts commands, so event ids and generated case ids repeat with the seed.
   */
  context(actor: Actor, now?: Date, occurredAt?: Date): CommandContext;
  record(events: readonly GridlineEvent[]): void;
  /** Counts events written on the world's behalf that it did not see (cases a patrol opened). */
  tally(type: GridlineEvent['type'], count: number): void;
  stats(): DemoStats;
}

export const createWorld = (
  parts: Omit<DemoWorld, 'context' | 'record' | 'tally' | 'stats' | 'person'>,
): DemoWorld => {
  let commands = 0;
  const eventsByType = new Map<string, number>();
  const resolvedAt: Record<Level, number> = { grid: 0, community: 0, street: 0, department: 0 };
  const people = new Map(parts.staff.members.map((member) => [member.personId, member]));
  return {
    ...parts,
    person: (personId) => {
      const member = people.get(personId);
      if (!member) throw new Error(`No staff member ${personId} in the demo district`);
      return member;
    },
    context: (actor, now = parts.timeline.now(), occurredAt = now) => {
      commands += 1;
      const key = `demo-${parts.seed}-${commands.toString(36)}`;
      return {
        actor,
        correlationId: key,
        causationId: key,
        occurredAt,
        now,
        idempotencyKey: key,
      };
    },
    record: (events) => {
      for (const event of events) {
        eventsByType.set(event.type, (eventsByType.get(event.type) ?? 0) + 1);
        if (event.type === 'CaseResolved') resolvedAt[event.data.level] += 1;
      }
    },
    tally: (type, count) => {
      eventsByType.set(type, (eventsByType.get(type) ?? 0) + count);
    },
    stats: () => ({
      eventsByType: new Map(eventsByType),
      resolvedAt: { ...resolvedAt },
      events: [...eventsByType.values()].reduce((sum, count) => sum + count, 0),
    }),
  };
};
