import type { Account } from '../common/session/account.ts';

// Accounts as the demo district signs them in (docs/demo-district.md).
export const gridLeader: Account = {
  id: 'a-leader',
  username: 'grid.leader',
  displayName: '周丽',
  role: 'grid_leader',
  scope: { kind: 'grid', id: 'ruiyiyuan-g01' },
  personId: 'leader-ruiyiyuan-g01',
};

export const gridWorker: Account = {
  id: 'a-worker',
  username: 'grid.worker',
  displayName: '万建华',
  role: 'grid_worker',
  scope: { kind: 'grid', id: 'ruiyiyuan-g01' },
  personId: 'worker-ruiyiyuan-g01-1',
};

export const communityStaff: Account = {
  id: 'a-staff',
  username: 'community.staff',
  displayName: '孟秀梅',
  role: 'community_staff',
  scope: { kind: 'community', id: 'ruiyiyuan' },
  personId: 'staff-ruiyiyuan-1',
};

export const auditor: Account = {
  id: 'a-auditor',
  username: 'auditor',
  displayName: '陈玲',
  role: 'auditor',
  scope: { kind: 'district', id: 'beichen' },
  personId: 'auditor-01',
};

export const streetSupervisor: Account = {
  id: 'a-supervisor',
  username: 'street.supervisor',
  displayName: '沈佳琪',
  role: 'street_supervisor',
  scope: { kind: 'street', id: 'ruijing' },
  personId: 'supervisor-ruijing-1',
};

export const streetSupervisor2: Account = {
  id: 'a-supervisor2',
  username: 'street.supervisor2',
  displayName: '郭红梅',
  role: 'street_supervisor',
  scope: { kind: 'street', id: 'ruijing' },
  personId: 'supervisor-ruijing-2',
};

export const policeLiaison: Account = {
  id: 'a-liaison-police',
  username: 'liaison.ruijing-police',
  displayName: '孙立新',
  role: 'department_liaison',
  scope: { kind: 'department', id: 'ruijing-police' },
  personId: 'liaison-ruijing-police',
};

export const admin: Account = {
  id: 'a-admin',
  username: 'admin',
  displayName: '马伟',
  role: 'admin',
  scope: { kind: 'district', id: 'beichen' },
  personId: 'admin-01',
};
