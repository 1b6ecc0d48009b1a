import * as z from 'zod';

export const riskLevelSchema = z.enum(['low', 'medium', 'high', 'critical']);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

export const disputeTypeSchema = z.enum([
  'neighbour',
  'family',
  'parking',
  'property_management',
  'land_compensation',
  'labour',
  'other',
]);
export type DisputeType = z.infer<typeof disputeTypeSchema>;

export const issueCategorySchema = z.enum([
  'hazard',
  'environment',
  'facility',
  'request',
  'welfare',
  'other',
]);
export type IssueCategory = z.infer<typeof issueCategorySchema>;

export const issueSourceSchema = z.enum([
  'inspection',
  'resident',
  'hotline',
  'meeting',
  'referral',
]);
export type IssueSource = z.infer<typeof issueSourceSchema>;

export const mediationOutcomeSchema = z.enum(['agreement', 'partial', 'failed']);
export type MediationOutcome = z.infer<typeof mediationOutcomeSchema>;

export const escalationReasonSchema = z.enum([
  'beyond_authority',
  'mediation_failed',
  'high_risk',
  'overdue',
  'resident_unsatisfied',
]);
export type EscalationReason = z.infer<typeof escalationReasonSchema>;

export const resolutionOutcomeSchema = z.enum([
  'mediated',
  'fixed',
  'explained',
  'referred_to_court',
  'withdrawn',
]);
export type ResolutionOutcome = z.infer<typeof resolutionOutcomeSchema>;

export const returnVisitRatingSchema = z.enum(['satisfied', 'basically_satisfied', 'unsatisfied']);
export type ReturnVisitRating = z.infer<typeof returnVisitRatingSchema>;
