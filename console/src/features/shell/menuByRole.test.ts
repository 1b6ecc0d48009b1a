import { describe, expect, it } from 'vitest';
import { homePathFor, menuFor } from './menuByRole.ts';

describe('When the frame draws the menu', () => {
  it('gives grid staff My patch first', () => {
    expect(menuFor('grid_leader').map((entry) => entry.path)).toEqual(['/patch', '/cases']);
    expect(homePathFor('grid_worker')).toBe('/patch');
  });
  it('gives everyone else the case board, not My patch', () => {
    for (const role of ['community_staff', 'auditor', 'admin'] as const) {
      expect(menuFor(role).map((entry) => entry.path)).toEqual(['/cases']);
      expect(homePathFor(role)).toBe('/cases');
    }
  });
  it('gives the street supervisor the escalation queue first, a liaison their summonses', () => {
    expect(menuFor('street_supervisor').map((entry) => entry.path)).toEqual([
      '/escalations',
      '/departments',
      '/cases',
    ]);
    expect(homePathFor('department_liaison')).toBe('/departments');
  });
});
