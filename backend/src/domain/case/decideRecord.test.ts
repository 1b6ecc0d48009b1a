import type { CaseEvent } from '@gridline/events';
import { describe, it } from 'vitest';
import { addNote } from './specification/commands.ts';
import { given } from './specification/given.ts';
import { caseId } from './specification/history.ts';
import { people } from './specification/people.ts';
import { inProgressAtGrid, resolvedAtGrid, summonedAtCommunity } from './specification/stories.ts';

const note = (text = '当事人要求周末上门。'): CaseEvent[] => [
  { type: 'CaseNoteAdded', data: { caseId, text } },
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
