import * as z from 'zod';
import { householdCountSchema, idSchema, nameSchema } from '../primitives.ts';

// The district's places and departments. Each is established once and then only grows.

export const streetEstablishedSchema = z.strictObject({
  streetId: idSchema,
  name: nameSchema,
});
export type StreetEstablished = z.infer<typeof streetEstablishedSchema>;

export const communityEstablishedSchema = z.strictObject({
  communityId: idSchema,
  streetId: idSchema,
  name: nameSchema,
});
export type CommunityEstablished = z.infer<typeof communityEstablishedSchema>;

export const gridBuildingSchema = z.strictObject({
  buildingId: idSchema,
  /** Its name or number as residents say it, e.g. "3号楼". */
  name: nameSchema,
  // Coverage figures weigh buildings by the households a visit can reach.
  households: householdCountSchema,
});
export type GridBuilding = z.infer<typeof gridBuildingSchema>;

export const gridEstablishedSchema = z.strictObject({
  gridId: idSchema,
  communityId: idSchema,
  name: nameSchema,
  buildings: z.array(gridBuildingSchema).max(1000),
});
export type GridEstablished = z.infer<typeof gridEstablishedSchema>;

export const buildingRegisteredSchema = z.strictObject({
  gridId: idSchema,
  building: gridBuildingSchema,
});
export type BuildingRegistered = z.infer<typeof buildingRegisteredSchema>;

export const departmentKindSchema = z.enum([
  'police_station',
  'judicial_office',
  'urban_management',
  'market_supervision',
  'property_company',
  'housing',
  'other',
]);
export type DepartmentKind = z.infer<typeof departmentKindSchema>;

export const departmentEstablishedSchema = z.strictObject({
  departmentId: idSchema,
  name: nameSchema,
  kind: departmentKindSchema,
  // A 派出所 or 司法所 may serve one street; district bureaus serve all of them.
  belongsTo: z.strictObject({
    kind: z.enum(['district', 'street']),
    id: idSchema,
  }),
});
export type DepartmentEstablished = z.infer<typeof departmentEstablishedSchema>;
