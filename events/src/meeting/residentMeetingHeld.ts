import * as z from 'zod';
import { issueCategorySchema, riskLevelSchema } from '../caseVocabulary.ts';
import {
  idSchema,
  longTextSchema,
  nameSchema,
  timestampSchema,
  titleSchema,
} from '../primitives.ts';

// 书记下午茶: the community secretary sits down with residents; each matter they raise opens
// a case at the community level, caused by this event, so the figures can be read per
// meeting source (matters collected, matters resolved, resolution rate).

export const meetingMatterSchema = z.strictObject({
  matterId: idSchema,
  category: issueCategorySchema,
  riskLevel: riskLevelSchema,
  title: titleSchema,
  description: longTextSchema,
  /** The grid the matter belongs to, inside the meeting's community. */
  gridId: idSchema,
  buildingId: idSchema.optional(),
  /** The case the matter opened; that case's causationId is this event. */
  caseId: idSchema,
});
export type MeetingMatter = z.infer<typeof meetingMatterSchema>;

export const residentMeetingHeldSchema = z.strictObject({
  meetingId: idSchema,
  streetId: idSchema,
  communityId: idSchema,
  /** The staff member who hosted it (usually the community's Party secretary). */
  hostId: idSchema,
  heldAt: timestampSchema,
  /** Where it was held, e.g. 社区党群服务中心. */
  venue: nameSchema,
  /** How many residents came; their names are not recorded. */
  residentsAttending: z.int().min(1).max(10_000),
  topic: titleSchema,
  matters: z.array(meetingMatterSchema).max(100),
  note: longTextSchema.optional(),
});
export type ResidentMeetingHeld = z.infer<typeof residentMeetingHeldSchema>;
