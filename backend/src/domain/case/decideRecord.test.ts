import type { CaseEvent } from '@gridline/events';
import { describe, it } from 'vitest';
import { addNote, reveal } from './specification/commands.ts';
import { given } from './specification/given.ts';
import { caseId } from './specification/history.ts';
import { people } from './specification/people.ts';
import {
  inProgressAtGrid,
  reportedIssue,
  resolvedAtGrid,
  summonedAtCommunity,
} from './specification/stories.ts';

const note = (text = '当事人要求周末上门。'): CaseEvent[] => [
  { type: 'CaseNoteAdded', data: { caseId, text } },
];
const revealed = (fields: string[]): CaseEvent[] => [
  {
    type: 'PersonalDataRevealed',
    data: { caseId, fields, reason: '需电话联系申请人确认调解时间。' },
  },
];

describe('When anyone with access writes on the record', () => {
  it('lets a grid worker add a note', () => {
    given(inProgressAtGrid).when(addNote(people.secondGridWorker)).then(note());
  });

  it('lets a summoned department’s liaison add a note', () => {
    given(summonedAtCommunity).when(addNote(people.policeLiaison)).then(note());
  });

  it('lets staff add a note to a resolved case', () => {
    given(resolvedAtGrid).when(addNote(people.communityStaff)).then(note());
  });
});

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

  it('reveals the reporter of an issue', () => {
    given(reportedIssue)
      .when(reveal(people.gridWorker, ['reporter.phone']))
      .then(revealed(['reporter.phone']));
  });

  it('refuses fields that a dispute does not have', () => {
    given(inProgressAtGrid)
      .when(reveal(people.gridLeader, ['reporter.phone']))
      .thenThrows('invalid', /is a dispute: it has no reporter.phone/);
  });

  it('refuses paths that are not personal data at all', () => {
    given(inProgressAtGrid)
      .when(reveal(people.gridLeader, ['title']))
      .thenThrows('invalid', /fields\.0/);
  });

  it('refuses a reveal without a stated reason', () => {
    const command = reveal(people.gridLeader);
    given(inProgressAtGrid)
      .when({ ...command, payload: { ...command.payload, reason: '' } })
      .thenThrows('invalid', /reason must not be blank/);
  });
});
