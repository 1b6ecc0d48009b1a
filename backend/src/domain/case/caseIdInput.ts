import * as z from 'zod';

// A case id is a UUID: the server mints one when a case is opened, and a patrol app mints
// one for a finding that is to open a case. Held to that where ids come in (a URL, a
// patrol), a word in a case id's place (/api/cases/overdue) is refused as not an id,
// instead of answered "No case overdue", which reads as "nothing is overdue". The event
// schemas keep the looser id shape, so whatever the log already holds still reads.
export const caseIdInputSchema = z.uuid({
  message: 'must be a case id, a UUID like 0b5c4e2e-6f1d-4c7a-9e3b-2d8f6a1c9e40',
});
