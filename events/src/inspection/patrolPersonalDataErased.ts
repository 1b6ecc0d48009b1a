import * as z from 'zod';
import { idSchema, longTextSchema } from '../primitives.ts';

// 巡查走访对象删除个人信息: residents named only on a patrol (its welfare checks) may ask
// to be forgotten like those on a case. Recorded on the eraser's access log; no personal data.

/** The welfare-check residents a patrol erasure may name: one check, or the note numbers. */
export const patrolResidentGroupSchema = z
  .string()
  .regex(
    /^(?:welfareChecks\[(?:0|[1-9][0-9]{0,2})\]|textNumbers)$/,
    'must be welfareChecks[N] or textNumbers',
  )
  .describe(
    "Whose data: `welfareChecks[N]` (the patrol's N-th welfare check, from 0), `textNumbers` (phone and ID numbers typed into its notes); absent: everyone on the patrol",
  );

export const patrolPersonalDataErasedSchema = z.strictObject({
  inspectionId: idSchema,
  reason: longTextSchema,
  residents: patrolResidentGroupSchema.optional(),
});
export type PatrolPersonalDataErased = z.infer<typeof patrolPersonalDataErasedSchema>;
