import * as z from 'zod';
import { idSchema, longTextSchema } from '../primitives.ts';
import { residentGroupSchema } from '../residentGroups.ts';

// Entries on a case's record that change nothing about where it stands.

export const caseNoteAddedSchema = z.strictObject({
  caseId: idSchema,
  text: longTextSchema,
});
export type CaseNoteAdded = z.infer<typeof caseNoteAddedSchema>;

/** Who unmasked what is the actor in the metadata; the auditor reads these. */
export const personalDataRevealedSchema = z.strictObject({
  caseId: idSchema,
  // Paths as returned by personalDataPaths, e.g. `parties[].phone`.
  fields: z.array(z.string().min(1).max(200)).min(1).max(50),
  reason: longTextSchema,
});
export type PersonalDataRevealed = z.infer<typeof personalDataRevealedSchema>;

/**
 * 删除个人信息: the keys of every resident named on the case (or of the one named) were destroyed on request, so
 * their values (and the phone and ID numbers typed into its text) read as erased from now
 * on. Recorded on the eraser's access log, like a reveal; it holds no personal data.
 */
export const personalDataErasedSchema = z.strictObject({
  caseId: idSchema,
  reason: longTextSchema,
  // Absent: everyone named on the case. Else the one resident erased (`parties[1]`).
  residents: residentGroupSchema.optional(),
});
export type PersonalDataErased = z.infer<typeof personalDataErasedSchema>;
