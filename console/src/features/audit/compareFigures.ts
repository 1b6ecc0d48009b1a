import type { FiguresResponse } from '@gridline/projections';

type Figures = FiguresResponse['figures'];

/** One number of the figures, named by its path (`resolutionRate.opened`). */
export interface FigureValueRow {
  readonly path: string;
  /** The figure it belongs to (`resolutionRate`), for its name. */
  readonly figure: string;
  readonly shown: number | null | undefined;
  readonly recomputed: number | null | undefined;
  readonly same: boolean;
}

/**
 * Every number in the figures by path. Lists are keyed by what they are about
 * (`departmentResponse.byDepartment[dept-x].rate`), not by index, so a department missing
 * on one side shows as a difference rather than shifting every row below it.
 */
export const flattenFigures = (
  value: unknown,
  path = '',
  into = new Map<string, number | null>(),
) => {
  if (typeof value === 'number' || value === null) {
    into.set(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      const key =
        item !== null && typeof item === 'object' && 'departmentId' in item
          ? String((item as { departmentId: unknown }).departmentId)
          : String(index);
      flattenFigures(item, `${path}[${key}]`, into);
    });
  } else if (typeof value === 'object' && value !== undefined) {
    for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
      flattenFigures(member, path ? `${path}.${name}` : name, into);
    }
  }
  return into;
};

/** The console's figures and the recomputed ones, number by number, in the console's order. */
export const compareFigures = (shown: Figures, recomputed: Figures): FigureValueRow[] => {
  const left = flattenFigures(shown);
  const right = flattenFigures(recomputed);
  const paths = [...left.keys(), ...[...right.keys()].filter((path) => !left.has(path))];
  return paths.map((path) => ({
    path,
    figure: path.split(/[.[]/)[0] ?? path,
    shown: left.get(path),
    recomputed: right.get(path),
    same: left.has(path) && right.has(path) && left.get(path) === right.get(path),
  }));
};
