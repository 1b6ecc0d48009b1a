import { describe, expect, it } from 'vitest';
import { homePathFor, menuFor } from './menuByRole.ts';

describe('When the frame draws the menu', () => {
  it('gives grid staff My patch first', () => {
    expect(menuFor('grid_leader').map((entry) => entry.path)).toEqual(['/patch', '/cases']);
    expect(homePathFor('grid_worker')).toBe('/patch');
  });
  it('gives everyone else the case board, not My patch', () => {
    for (const role of ['street_supervisor', 'department_liaison', 'auditor', 'admin'] as const) {
      expect(menuFor(role).map((entry) => entry.path)).toEqual(['/cases']);
      expect(homePathFor(role)).toBe('/cases');
    }
  });
  it('gives community staff their resident meetings after the case board', () => {
    expect(menuFor('community_staff').map((entry) => entry.path)).toEqual(['/cases', '/meetings']);
    expect(homePathFor('community_staff')).toBe('/cases');
  });
});
