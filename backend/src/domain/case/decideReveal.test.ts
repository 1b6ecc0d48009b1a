import type { AccessEvent } from '@gridline/events';
import { describe, it } from 'vitest';
import { reveal } from './specification/commands.ts';
import { given, nothing } from './specification/given.ts';
import { caseId } from './specification/history.ts';
import { people } from './specification/people.ts';
import {
  closedCase,
  inProgressAtGrid,
  reportedIssue,
  summonedAtCommunity,
} from './specification/stories.ts';

const revealed = (fields: string[]): AccessEvent[] => [
  {
    type: 'PersonalDataRevealed',
    data: { caseId, fields, reason: '需电话联系申请人确认调解时间。' },
  },
];

describe('When someone reveals residents’ personal data', () => {
  it('records which fields the grid leader revealed and why', () => {
    given(inProgressAtGrid)
      .when(reveal(people.gridLeader, ['parties[].phone', 'parties[].idNumber']))
      .then(revealed(['parties[].phone', 'parties[].idNumber']));
  });

  it('records each field once', () => {
    given(inProgressAtGrid)
      .when(reveal(people.gridLeader, ['parties[].phone', 'parties[].phone']))
      .then(revealed(['parties[].phone']));
  });

  it('lets a summoned department’s liaison reveal a party’s phone to reach them', () => {
    given(summonedAtCommunity)
      .when(reveal(people.policeLiaison))
      .then(revealed(['parties[].phone']));
  });

  it('lets an auditor reveal, with a reason, though they change nothing else', () => {
    given(inProgressAtGrid)
      .when(reveal(people.auditor))
      .then(revealed(['parties[].phone']));
  });

  it('reveals the reporter of an issue', () => {
    given(reportedIssue)
      .when(reveal(people.gridWorker, ['reporter.phone']))
      .then(revealed(['reporter.phone']));
  });

  it('accepts a reveal on a closed case, since archived files are still read', () => {
    given(closedCase)
      .when(reveal(people.gridLeader))
      .then(revealed(['parties[].phone']));
  });

  it('refuses someone whose scope does not reach the case', () => {
    given(inProgressAtGrid)
      .when(reveal(people.neighbouringGridWorker))
      .thenThrows('forbidden', /has no access to case/);
  });

  it('refuses the system, which has no reason to read residents’ data', () => {
    given(inProgressAtGrid)
      .when(reveal(people.deadlineProcess))
      .thenThrows('forbidden', /has no access/);
  });

  it('refuses a case that does not exist, saying so', () => {
    given(nothing)
      .when(reveal(people.gridLeader))
      .thenThrows('not_found', /No case C-20260601-0001/);
  });

  it('refuses fields that a dispute does not have', () => {
    given(inProgressAtGrid)
      .when(reveal(people.gridLeader, ['reporter.phone']))
      .thenThrows('invalid', /is a dispute: it has no reporter.phone/);
  });

  it('refuses paths that are not personal data at all', () => {
    given(inProgressAtGrid)
      .when(reveal(people.gridLeader, ['caseId']))
      .thenThrows('invalid', /fields\.0/);
  });

  it('refuses a reveal without a stated reason', () => {
    const command = reveal(people.gridLeader);
    given(inProgressAtGrid)
      .when({ ...command, payload: { ...command.payload, reason: '' } })
      .thenThrows('invalid', /reason must not be blank/);
  });
});
