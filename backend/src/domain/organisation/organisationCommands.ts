import * as z from 'zod';
import {
  buildingRegisteredSchema,
  communityEstablishedSchema,
  departmentEstablishedSchema,
  gridEstablishedSchema,
  staffAssignedSchema,
  staffUnassignedSchema,
  streetEstablishedSchema,
  type Actor,
  type Scope,
  type StaffRole,
} from '@gridline/events';

// What an administrator can ask of the organisation. Payloads are what the HTTP API
// validates; the actor comes from the session, never from the body.

export const establishStreetPayloadSchema = z.strictObject({ ...streetEstablishedSchema.shape });
export const establishCommunityPayloadSchema = z.strictObject({
  ...communityEstablishedSchema.shape,
});
export const establishGridPayloadSchema = z.strictObject({ ...gridEstablishedSchema.shape });
export const registerBuildingPayloadSchema = z.strictObject({ ...buildingRegisteredSchema.shape });
export const establishDepartmentPayloadSchema = z.strictObject({
  ...departmentEstablishedSchema.shape,
});
export const assignStaffPayloadSchema = z.strictObject({ ...staffAssignedSchema.shape });
export const unassignStaffPayloadSchema = z.strictObject({ ...staffUnassignedSchema.shape });

export type EstablishStreetPayload = z.infer<typeof establishStreetPayloadSchema>;
export type EstablishCommunityPayload = z.infer<typeof establishCommunityPayloadSchema>;
export type EstablishGridPayload = z.infer<typeof establishGridPayloadSchema>;
export type RegisterBuildingPayload = z.infer<typeof registerBuildingPayloadSchema>;
export type EstablishDepartmentPayload = z.infer<typeof establishDepartmentPayloadSchema>;
export type AssignStaffPayload = z.infer<typeof assignStaffPayloadSchema>;
export type UnassignStaffPayload = z.infer<typeof unassignStaffPayloadSchema>;

interface CommandOf<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
  readonly actor: Actor;
}

export type EstablishStreet = CommandOf<'EstablishStreet', EstablishStreetPayload>;
export type EstablishCommunity = CommandOf<'EstablishCommunity', EstablishCommunityPayload>;
export type EstablishGrid = CommandOf<'EstablishGrid', EstablishGridPayload>;
export type RegisterBuilding = CommandOf<'RegisterBuilding', RegisterBuildingPayload>;
export type EstablishDepartment = CommandOf<'EstablishDepartment', EstablishDepartmentPayload>;
export type AssignStaff = CommandOf<'AssignStaff', AssignStaffPayload>;
export type UnassignStaff = CommandOf<'UnassignStaff', UnassignStaffPayload>;

export type OrganisationCommand =
  | EstablishStreet
  | EstablishCommunity
  | EstablishGrid
  | RegisterBuilding
  | EstablishDepartment
  | AssignStaff
  | UnassignStaff;
export type OrganisationCommandType = OrganisationCommand['type'];

/** The payload schema of each command, for routes and the OpenAPI description. */
export const organisationPayloadSchemas = {
  EstablishStreet: establishStreetPayloadSchema,
  EstablishCommunity: establishCommunityPayloadSchema,
  EstablishGrid: establishGridPayloadSchema,
  RegisterBuilding: registerBuildingPayloadSchema,
  EstablishDepartment: establishDepartmentPayloadSchema,
  AssignStaff: assignStaffPayloadSchema,
  UnassignStaff: unassignStaffPayloadSchema,
} as const satisfies { [Type in OrganisationCommandType]: z.ZodType };

export const organisationCommandTypes = Object.freeze(
  Object.keys(organisationPayloadSchemas),
) as readonly OrganisationCommandType[];

/** The kind of scope each role is held in (docs/roles.md). */
export const scopeKindOfRole = {
  grid_worker: 'grid',
  grid_leader: 'grid',
  community_staff: 'community',
  street_supervisor: 'street',
  department_liaison: 'department',
  auditor: 'district',
  admin: 'district',
} as const satisfies Record<StaffRole, Scope['kind']>;
