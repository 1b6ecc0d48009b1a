import type { GridEstablished } from '@gridline/events';
import type { NewCasePlace } from './logDispute.ts';

/** The place of a case opened in this grid, at a building when one was picked. */
export const newCasePlace = (
  streetId: string,
  grid: GridEstablished,
  buildingId: string | undefined,
): NewCasePlace => ({
  streetId,
  communityId: grid.communityId,
  gridId: grid.gridId,
  ...(buildingId && { buildingId }),
});
