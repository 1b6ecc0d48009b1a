import type {
  CommunityEstablished,
  DepartmentEstablished,
  GridEstablished,
  Scope,
  StaffRole,
  StreetEstablished,
} from '@gridline/events';

/** One person holding a role now, as `GET /api/organisation` lists them. */
export interface StaffPost {
  readonly personId: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly scope: Scope;
  readonly from: string;
}

/** The district as `GET /api/organisation` answers: the places and who holds what now. */
export interface Organisation {
  readonly streets: readonly StreetEstablished[];
  readonly communities: readonly CommunityEstablished[];
  readonly grids: readonly GridEstablished[];
  readonly departments: readonly DepartmentEstablished[];
  readonly staff: readonly StaffPost[];
}
