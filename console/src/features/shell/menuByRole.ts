import type { StaffRole } from '@gridline/events';

/** A page in the menu: its path, its label's key, and who may open it. */
export interface MenuEntry {
  readonly path: string;
  readonly labelKey: string;
  readonly roles: readonly StaffRole[];
}

// Pages arrive with their features; the escalation queue, departments, meetings, figures
// and audit join this list as they are built.
const entries: readonly MenuEntry[] = [
  { path: '/patch', labelKey: 'shell.menu.myPatch', roles: ['grid_worker', 'grid_leader'] },
  { path: '/escalations', labelKey: 'escalations.menu', roles: ['street_supervisor'] },
  {
    path: '/departments',
    labelKey: 'departments.menu',
    roles: ['street_supervisor', 'department_liaison'],
  },
  {
    path: '/cases',
    labelKey: 'shell.menu.caseBoard',
    roles: [
      'grid_worker',
      'grid_leader',
      'community_staff',
      'street_supervisor',
      'department_liaison',
      'auditor',
      'admin',
    ],
  },
  {
    path: '/figures',
    labelKey: 'figures.menu',
    roles: ['grid_leader', 'community_staff', 'street_supervisor', 'auditor', 'admin'],
  },
  { path: '/audit', labelKey: 'audit.menu', roles: ['auditor', 'admin'] },
  { path: '/meetings', labelKey: 'meetings.menu', roles: ['community_staff'] },
];

/** The pages this role may open, in menu order. */
export const menuFor = (role: StaffRole): MenuEntry[] =>
  entries.filter((entry) => entry.roles.includes(role));

/** Where a person lands after signing in: the first page of their menu. */
export const homePathFor = (role: StaffRole): string => menuFor(role)[0]?.path ?? '/cases';
