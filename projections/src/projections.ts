import { auditLogProjection } from './auditLog/auditLogProjection.ts';
import { caseBoardProjection } from './caseBoard/caseBoardProjection.ts';
import { summonsProjection } from './departmentSummons/summonsProjection.ts';
import { gridPatchProjection } from './gridPatch/gridPatchProjection.ts';
import { figuresProjection } from './figures/figuresProjection.ts';
import { organisationProjection } from './organisation/organisationProjection.ts';
import type { Projection } from './projection.ts';

/** Every read model the runner keeps, in the order it applies them to each batch. */
export const projections: readonly Projection[] = [
  organisationProjection,
  caseBoardProjection,
  gridPatchProjection,
  summonsProjection,
  auditLogProjection,
  figuresProjection,
];
