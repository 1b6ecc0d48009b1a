import { describe, expect, it } from 'vitest';
import { gridLeader, streetSupervisor } from '../../testing/accounts.ts';
import { rowStanding } from '../../testing/standings.ts';
import { actionsOnRow } from './actionsOnRow.ts';

describe('When a list row shows a case’s buttons', () => {
  it('keeps to the steps that move it along: notes and risk are on the case page', () => {
    expect(actionsOnRow(gridLeader, rowStanding())).toEqual([
      'assign',
      'mediate',
      'summon',
      'escalate',
      'resolve',
    ]);
  });
  it('offers no resolution while the list knows a department still owes its report', () => {
    const atStreet = rowStanding({ level: 'street' });
    expect(actionsOnRow(streetSupervisor, atStreet)).toContain('resolve');
    expect(actionsOnRow(streetSupervisor, atStreet, { owesReports: true })).not.toContain(
      'resolve',
    );
  });
});
