import type { Actor } from '@gridline/events';
import {
  figureNames,
  scopeExists,
  scopeWithin,
  type FigureName,
  type FigurePlaces,
  type FigureScope,
  type Figures,
} from '@gridline/projections';
import { readScopeOf } from '../readModels/readScopeOf.ts';
import { forbidden, notFound } from './problems.ts';

// Who reads which figures: everyone the figures of their own place and the places inside
// it (auditors and admins the district), like the case board; a department's liaison reads
// how their own department answers summonses, wherever it was summoned.

export type FigureReader =
  | { readonly kind: 'place'; readonly scope: FigureScope }
  | { readonly kind: 'department'; readonly departmentId: string };

export const figureReaderOf = (actor: Actor): FigureReader => {
  const scope = readScopeOf(actor);
  if (scope.kind === 'district') return { kind: 'place', scope };
  const { kind, id } = scope;
  return kind === 'department'
    ? { kind: 'department', departmentId: id }
    : { kind: 'place', scope: { kind, id } };
};

export const describeScope = (scope: FigureScope): string =>
  scope.kind === 'district' ? 'the district' : `${scope.kind} ${scope.id}`;

/** The scope asked for (default: the reader's own), if the reader may read it and it exists. */
export const scopeToRead = (
  reader: FigureReader,
  asked: FigureScope | undefined,
  places: FigurePlaces,
): FigureScope => {
  const own: FigureScope = reader.kind === 'place' ? reader.scope : { kind: 'district' };
  const scope = asked ?? own;
  // Checked before existence, so nobody learns which places exist outside their own.
  if (reader.kind === 'place' && !scopeWithin(places, reader.scope, scope)) {
    throw forbidden(
      `You read the figures of ${describeScope(own)} and the places in it, not of ${describeScope(scope)}.`,
    );
  }
  if (!scopeExists(places, scope)) throw notFound(`There is no ${describeScope(scope)}.`);
  return scope;
};

/** The figures to count: a liaison's are their department's response, and nothing else. */
export const figuresToRead = (
  reader: FigureReader,
  asked: readonly FigureName[] | undefined,
): readonly FigureName[] => {
  if (reader.kind === 'place') return asked ?? figureNames;
  const others = (asked ?? []).filter((name) => name !== 'departmentResponse');
  if (others.length > 0) {
    throw forbidden(
      `A department liaison reads departmentResponse for their own department, not ${others.join(', ')}.`,
    );
  }
  return ['departmentResponse'];
};

/** What a reader is shown of the figures counted: a liaison only their department's row. */
export const figuresShownTo = (reader: FigureReader, figures: Figures): Figures => {
  const response = figures.departmentResponse;
  if (reader.kind === 'place' || !response) return figures;
  const own = response.byDepartment.filter((row) => row.departmentId === reader.departmentId);
  const { departmentId: _id, ...totals } = own[0] ?? {
    departmentId: reader.departmentId,
    summoned: 0,
    onTime: 0,
    withdrawn: 0,
    rate: null,
  };
  return { departmentResponse: { ...totals, byDepartment: own } };
};
