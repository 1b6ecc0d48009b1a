import { caseStream } from '@gridline/events';
import { DomainError } from '../../domain/domainError.ts';
import type { EventStore } from '../../eventStore/port.ts';
import { loadStream } from '../loadStream.ts';

/**
 * A record that opens cases (a patrol's findings, a meeting's matters) may not open a
 * case id that is taken — unless this very request opened it before (a retry with the same
 * Idempotency-Key): such a case was caused by the very event this request records, whose
 * id is derived from the key.
 */
export const refuseTakenCaseIds = async (
  store: EventStore,
  caseIds: readonly { readonly caseId: string; readonly field: string }[],
  causingEventId: string,
): Promise<void> => {
  for (const { caseId, field } of caseIds) {
    const existing = await loadStream(store, caseStream(caseId));
    const ours = existing.events[0]?.metadata.causationId === causingEventId;
    if (existing.revision !== 'no_stream' && !ours) {
      throw new DomainError('illegal_state', `${field}: case ${caseId} already exists.`);
    }
  }
};
