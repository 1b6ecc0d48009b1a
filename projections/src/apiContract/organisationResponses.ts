import * as z from 'zod';
import {
  communityEstablishedSchema,
  departmentEstablishedSchema,
  gridBuildingSchema,
  scopeSchema,
  staffRoleSchema,
  streetEstablishedSchema,
  timestampSchema,
} from '@gridline/events';
import { commandResponseSchema } from './commandResponse.ts';
import { organisationEventSchema } from './writtenEvents.ts';

/** POST /api/organisation/…: shaping the district. */
export const organisationCommandResponseSchema = commandResponseSchema({
  id: 'The street, community, grid, department or person whose stream was written',
  // Organisation commands are decided against the whole directory, never their own stream.
  state: z
    .null()
    .describe('Organisation streams keep no state: read GET /api/organisation with `after`'),
  event: organisationEventSchema,
});

/** GET /api/organisation: the district now. */
export const organisationDirectorySchema = z.object({
  streets: z.array(streetEstablishedSchema),
  communities: z.array(communityEstablishedSchema),
  grids: z.array(
    z.object({
      gridId: z.string(),
      communityId: z.string(),
      name: z.string(),
      buildings: z.array(gridBuildingSchema).describe('In the order they were registered'),
    }),
  ),
  departments: z.array(departmentEstablishedSchema),
  staff: z
    .array(
      z.object({
        personId: z.string(),
        displayName: z.string(),
        role: staffRoleSchema,
        scope: scopeSchema,
        from: timestampSchema.describe('When the assignment took effect (server clock)'),
      }),
    )
    .describe('Who holds which role in which scope now'),
});
