import type Database from 'better-sqlite3';
import type { Request, Response } from 'express';
import * as z from 'zod';
import { idSchema } from '@gridline/events';
import { findPatchGrid, type PatchGrid, type ReadScope } from '@gridline/projections';
import { readScopeOf } from '../readModels/readScopeOf.ts';
import { parseRequestPart } from './parseRequestBody.ts';
import { forbidden, notFound } from './problems.ts';
import { actorOf } from './session/requireSession.ts';

export const gridIdParams = z.strictObject({ gridId: idSchema });

/**
 * The grid a patch request names, if the reader may see it: an unknown grid is a 404, one
 * outside the reader's scope a 403 — department liaisons, who hold no grid, included.
 */
export const readableGrid = (
  db: Database.Database,
  req: Request,
  res: Response,
): { readonly grid: PatchGrid; readonly scope: ReadScope } => {
  const { gridId } = parseRequestPart(gridIdParams, req.params, 'path');
  const scope = readScopeOf(actorOf(res));
  const found = findPatchGrid(db, scope, gridId);
  if (!found) throw notFound(`No grid ${gridId}`);
  if (!found.readable) {
    const where = scope.kind === 'district' ? 'the district' : `${scope.kind} ${scope.id}`;
    throw forbidden(`Grid ${gridId} is not in your scope (${where})`);
  }
  return { grid: found.grid, scope };
};
