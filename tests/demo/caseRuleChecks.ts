import type { CaseEvent, EventMetadata, Level } from '@gridline/events';
import { outstandingSummons, type CaseState } from '@gridline/backend/domain/case/caseState.ts';

// The rules that make the figures trustworthy, checked on each event of a replayed case
// against the state before it. Written from the rules, not from the generator, so that a
// generator that slipped past the command path (or a rule that stopped holding) shows here.

const ladder: readonly Level[] = ['grid', 'community', 'street', 'department'];

const openingLevelOf: Record<string, Level | undefined> = {
  grid_worker: 'grid',
  grid_leader: 'grid',
  community_staff: 'community',
  street_supervisor: 'street',
};

const isHigh = (risk: string): boolean => risk === 'high' || risk === 'critical';

/** Why the event should not be in the log, if it should not; empty when it may be. */
export const brokenRules = (
  before: CaseState,
  event: CaseEvent,
  metadata: EventMetadata,
): string[] => {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(problem);
  const actor = metadata.actor;
  if (event.type === 'DisputeLogged' || event.type === 'IssueReported') {
    // A meeting's matters are opened by its host, community staff, at the community.
    const expected = openingLevelOf[actor.role] ?? 'grid';
    if (event.data.level !== expected) say(`opened at ${event.data.level} by ${actor.role}`);
    if (event.data.deadline === null) say('opened without a deadline running');
    return problems;
  }
  if (before.status === 'none') return [`${event.type} before the case was opened`];
  if (before.lastOccurredAt && new Date(metadata.occurredAt) < new Date(before.lastOccurredAt)) {
    say(`${event.type} occurred at ${metadata.occurredAt}, before the event ahead of it`);
  }
  switch (event.type) {
    case 'CaseEscalated': {
      const { fromLevel, toLevel, reason } = event.data;
      if (before.level !== fromLevel) say(`escalated from ${fromLevel} at ${before.level}`);
      if (ladder.indexOf(toLevel) !== ladder.indexOf(fromLevel) + 1) {
        say(`escalation skipped a level: ${fromLevel} → ${toLevel}`);
      }
      if (reason === 'mediation_failed' && !before.failedMediationLevels.includes(fromLevel)) {
        say(`escalated as mediation_failed with no failed mediation at ${fromLevel}`);
      }
      if (reason === 'overdue' && !before.missedDeadlines.some((m) => m.level === fromLevel)) {
        say(`escalated as overdue with no missed deadline at ${fromLevel}`);
      }
      if (reason === 'high_risk' && !isHigh(before.riskLevel)) {
        say(`escalated as high_risk at ${before.riskLevel} risk`);
      }
      break;
    }
    case 'DepartmentSummoned':
      if (event.data.level !== before.level)
        say(`summoned at ${event.data.level} on a ${before.level} case`);
      break;
    case 'CaseResolved':
      if (event.data.resolverId !== actor.personId)
        say(`resolved by ${actor.personId} naming ${event.data.resolverId}`);
      if (outstandingSummons(before).length > 0)
        say('resolved while a summoned department owed a report');
      break;
    case 'ResolutionVerified': {
      if (before.status !== 'resolved') {
        say(`verified while ${before.status}`);
        break;
      }
      const verifier = actor.personId;
      const involved = [
        before.resolution.resolverId,
        ...before.handlerIds,
        ...before.dispatcherIds,
        ...before.mediatorIds,
      ];
      if (involved.includes(verifier)) say(`verified by ${verifier}, who worked this round`);
      break;
    }
    case 'ReturnVisitRecorded':
      if (before.status === 'resolved' && before.resolution.resolverId === actor.personId) {
        say(`return visit by its resolver ${actor.personId}`);
      }
      break;
    case 'DeadlineExtended': {
      const earlier = before.extensionsByLevel[event.data.level] ?? 0;
      const low = event.data.level === 'grid' || event.data.level === 'community';
      const further = low ? actor.role === 'street_supervisor' : actor.role === 'admin';
      if (earlier > 0 && !further) say(`extended again at ${event.data.level} by ${actor.role}`);
      break;
    }
    case 'CaseClosed': {
      const unsatisfied =
        before.status === 'resolved' &&
        before.unsatisfiedResolutions.includes(before.resolution.number);
      if (unsatisfied !== (event.data.basis === 'overruled_by_street')) {
        say(
          `closed as ${event.data.basis} ${unsatisfied ? 'after' : 'without'} an unsatisfied visit`,
        );
      }
      if (event.data.basis === 'overruled_by_street' && actor.role !== 'street_supervisor') {
        say(`an unsatisfied visit overruled by ${actor.role}`);
      }
      if (before.status === 'resolved' && !before.verified)
        say('closed without a verified resolution');
      break;
    }
    case 'CaseDeadlineMissed':
      if (new Date(metadata.recordedAt) <= new Date(event.data.deadline)) {
        say(`deadline ${event.data.deadline} recorded as missed at ${metadata.recordedAt}`);
      }
      if (actor.role !== 'system') say(`deadline missed recorded by ${actor.role}`);
      break;
    default:
      break;
  }
  if (before.status === 'closed' && event.type !== 'CaseNoteAdded') {
    say(`${event.type} after the case was closed`);
  }
  return problems;
};
