import * as z from 'zod';

/** The escalation ladder, lowest first: a case climbs it one rung at a time. */
export const levels = ['grid', 'community', 'street', 'department'] as const;

export const levelSchema = z.enum(levels);
export type Level = z.infer<typeof levelSchema>;

/** Levels a case can be escalated from (the top has nowhere to go). */
export const escalationFromLevelSchema = z.enum(['grid', 'community', 'street']);

/** Levels a case can be escalated to (nothing escalates into the grid). */
export const escalationToLevelSchema = z.enum(['community', 'street', 'department']);

/** Levels a case can be returned from (the grid has nowhere lower to send it). */
export const returnFromLevelSchema = escalationToLevelSchema;

/** Levels a case can be returned to. */
export const returnToLevelSchema = escalationFromLevelSchema;
