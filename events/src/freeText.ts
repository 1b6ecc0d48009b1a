import * as z from 'zod';

// Free text (titles, descriptions, notes, reasons, reports) is where staff type what no
// form asked for, residents' phone numbers and ID numbers included. Fields of these
// schemas are scanned for them: encrypted before storage, masked in every view.

export const freeText = z.registry<{ freeText: true }>();

/** Marks a text schema as free text, to be scanned for personal data. */
export function freeTextField<T extends z.ZodType>(schema: T): T {
  freeText.add(schema, { freeText: true });
  return schema;
}

/** What views show in place of a value whose key was destroyed on request. */
export const erasedPersonalValue = '[erased]';
