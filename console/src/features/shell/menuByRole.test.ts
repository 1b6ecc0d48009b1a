import { describe, expect, it } from 'vitest';
import { homePathFor, menuFor } from './menuByRole.ts';

describe('When the frame draws the menu', () => {
  it('gives grid staff My patch first', () => {
    expect(menuFor('grid_leader').map((entry) => entry.path)).toEqual([
      '/patch',
      '/cases',
      '/figures',
    ]);
    expect(homePathFor('grid_worker')).toBe('/patch');
  });
  it('gives everyone else the case board, not My patch', () => {
    for (const role of ['community_staff', 'auditor', 'admin'] as const) {
      expect(menuFor(role)[0]?.path).toBe('/cases');
      expect(homePathFor(role)).toBe('/cases');
    }
  });
  it('gives the figures to those judged or judging by them, and the audit to auditors and admins', () => {
    const pages = (role: Parameters<typeof menuFor>[0]) => menuFor(role).map((entry) => entry.path);
    expect(pages('grid_worker')).not.toContain('/figures');
    expect(pages('department_liaison')).not.toContain('/figures');
    for (const role of [
      'grid_leader',
      'community_staff',
      'street_supervisor',
      'auditor',
    ] as const) {
      expect(pages(role)).toContain('/figures');
    }
    expect(pages('auditor')).toEqual(['/cases', '/figures', '/audit']);
    expect(pages('admin')).toContain('/audit');
    expect(pages('street_supervisor')).not.toContain('/audit');
  });
  it('gives the street supervisor the escalation queue first, a liaison their summonses', () => {
    expect(menuFor('street_supervisor').map((entry) => entry.path)).toEqual([
      '/escalations',
      '/departments',
      '/cases',
      '/figures',
    ]);
    expect(homePathFor('department_liaison')).toBe('/departments');
  });
  it('gives community staff their resident meetings', () => {
    expect(menuFor('community_staff').map((entry) => entry.path)).toEqual([
      '/cases',
      '/figures',
      '/meetings',
    ]);
  });
});
