import type { Condition } from './listing.ts';

/**
 * The part of the district a reader may see, worked out by the backend from the person's
 * role and scope: the district for auditors and admins, their own patch for everyone else,
 * and for a department the cases it was summoned to or holds.
 */
export type ReadScope =
  | { readonly kind: 'district' }
  | { readonly kind: 'street' | 'community' | 'grid' | 'department'; readonly id: string };

/** How a read model's rows name the places a scope can match. */
export interface ScopeColumns {
  readonly street: string;
  readonly community: string;
  readonly grid: string;
  /** A condition that holds for rows this department may read; none: it reads none. */
  readonly department?: (departmentId: string) => Condition;
}

/** The SQL condition that keeps a reader to their scope. */
export const scopeCondition = (scope: ReadScope, columns: ScopeColumns): Condition[] => {
  switch (scope.kind) {
    case 'district':
      return [];
    case 'street':
      return [{ sql: `${columns.street} = ?`, params: [scope.id] }];
    case 'community':
      return [{ sql: `${columns.community} = ?`, params: [scope.id] }];
    case 'grid':
      return [{ sql: `${columns.grid} = ?`, params: [scope.id] }];
    case 'department':
      return [columns.department ? columns.department(scope.id) : { sql: '0', params: [] }];
    default: {
      const unknown: never = scope;
      throw new Error(`Unknown scope ${JSON.stringify(unknown)}`);
    }
  }
};
