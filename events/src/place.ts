import * as z from 'zod';
import { idSchema, titleSchema } from './primitives.ts';

/** Where in the hierarchy something happened; carried whole so projections can scope rows without joins. */
export const gridPlaceSchema = z.strictObject({
  streetId: idSchema,
  communityId: idSchema,
  gridId: idSchema,
});
export type GridPlace = z.infer<typeof gridPlaceSchema>;

export const coordinatesSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  long: z.number().min(-180).max(180),
});

/** Where a case is: its grid, optionally the building and a spot a worker can find again. */
export const casePlaceSchema = z.strictObject({
  ...gridPlaceSchema.shape,
  buildingId: idSchema.optional(),
  location: titleSchema.optional(),
  // Open311 GeoReport publishes lat/long; optional because most grid reports have none.
  coordinates: coordinatesSchema.optional(),
});
export type CasePlace = z.infer<typeof casePlaceSchema>;
