import * as z from 'zod';
import { freeTextField } from './freeText.ts';

// Ids end up in stream names, URLs and SQL keys, so they are held to a charset that is
// safe in all three (no spaces, slashes or dots) rather than to any one id format.
export const idPattern = /^[A-Za-z0-9_:-]{1,64}$/;

export const idSchema = z
  .string()
  .regex(idPattern, 'must be 1–64 letters, digits, "-", "_" or ":"');

export const timestampSchema = z.iso.datetime({ offset: true });

const notBlank = /\S/;

function text(max: number) {
  return z.string().max(max).regex(notBlank, 'must not be blank');
}

export const textLimits = { name: 100, title: 200, text: 4000 } as const;

/** A name of a person, place or organisation. */
export const nameSchema = text(textLimits.name);

/** A one-line heading for a case or a finding. */
export const titleSchema = freeTextField(text(textLimits.title));

/** Summaries, notes, reasons, guidance, responses. */
export const longTextSchema = freeTextField(text(textLimits.text));

export const householdCountSchema = z.int().min(0).max(100_000);
