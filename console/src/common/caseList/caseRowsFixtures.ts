import type { Account } from '../session/account.ts';

/** A street supervisor: reads every case of the street, so a board can grow very long. */
export const streetSupervisorLike: Account = {
  id: 'a-supervisor',
  username: 'street.supervisor',
  displayName: '郭建国',
  role: 'street_supervisor',
  scope: { kind: 'street', id: 'ruijing' },
  personId: 'supervisor-ruijing-1',
};
