import {
  caseStream,
  inspectionStream,
  type CaseEvent,
  type InspectionEvent,
} from '@gridline/events';
import { casesOpenedBy } from '../../domain/inspection/casesFromFindings.ts';
import { decideInspection } from '../../domain/inspection/decideInspection.ts';
import {
  evolveInspection,
  initialInspectionState,
  type InspectionState,
  type RecordInspectionPayload,
} from '../../domain/inspection/recordInspection.ts';
import { DomainError } from '../../domain/domainError.ts';
import type { EventStore } from '../../eventStore/port.ts';
import { caseModel } from '../cases/caseModel.ts';
import type { CommandContext } from '../commandContext.ts';
import {
  handleStreamCommand,
  type CommandOutcome,
  type StreamModel,
} from '../handleStreamCommand.ts';
import { eventIdsFor } from '../eventIds.ts';
import { loadStream } from '../loadStream.ts';
import type { OrganisationDirectoryReader } from '../organisationDirectoryReader.ts';

/** The key under which a finding's case is opened, so a retried patrol opens it once. */
const caseKey = (context: CommandContext, caseId: string): string | undefined =>
  context.idempotencyKey && `${context.idempotencyKey}:${caseId}`;

/**
 * A finding may not open a case id that is taken — unless this very request (same
 * Idempotency-Key) opened it before, which its first event's derived id tells.
 */
const refuseTakenCaseIds = async (
  store: EventStore,
  payload: RecordInspectionPayload,
  context: CommandContext,
) => {
  for (const finding of payload.findings) {
    if (!finding.caseId) continue;
    const existing = await loadStream(store, caseStream(finding.caseId));
    const key = caseKey(context, finding.caseId);
    const ours =
      key !== undefined &&
      existing.events[0]?.id ===
        eventIdsFor({
          personId: context.actor.personId,
          key,
          streamName: caseStream(finding.caseId),
        })(0);
    if (existing.revision !== 'no_stream' && !ours) {
      throw new DomainError('illegal_state', `findings: case ${finding.caseId} already exists.`);
    }
  }
};

const inspectionModel: StreamModel<InspectionState, InspectionEvent> = {
  initialState: initialInspectionState,
  evolve: (state, event) => evolveInspection(state, event),
};

export interface InspectionOutcome extends CommandOutcome<InspectionState, InspectionEvent> {
  /** Cases the inspection's findings opened. */
  readonly openedCaseIds: readonly string[];
}

/**
 * Records a patrol, then opens a case for each finding that asks for one. Each case's
 * causationId is the inspection event, so an auditor can walk from case to patrol.
 */
export const inspectionService = (store: EventStore, directory: OrganisationDirectoryReader) => ({
  async record(
    payload: RecordInspectionPayload,
    context: CommandContext,
  ): Promise<InspectionOutcome> {
    const command = {
      type: 'RecordInspection' as const,
      data: payload,
      actor: context.actor,
      now: context.now,
    };
    const current = await directory.current();
    await refuseTakenCaseIds(store, payload, context);
    const outcome = await handleStreamCommand(
      store,
      inspectionStream(payload.inspectionId),
      inspectionModel,
      { ...context, expectedRevision: 'no_stream' },
      (state) => decideInspection(command, state, { directory: current }),
    );
    if (outcome.state.status !== 'recorded') return { ...outcome, openedCaseIds: [] };
    const recorded = await store.readStream(outcome.streamName, { maxCount: 1 });
    const causationId = recorded[0]!.id;
    const opened = casesOpenedBy(command, outcome.state.inspection);
    for (const issue of opened) {
      await handleStreamCommand(
        store,
        caseStream(issue.caseId),
        caseModel,
        // Keyed on the inspection's own key, so a retried patrol reopens nothing twice.
        {
          ...context,
          causationId,
          expectedRevision: 'no_stream',
          ...(caseKey(context, issue.caseId) && {
            idempotencyKey: caseKey(context, issue.caseId)!,
          }),
        },
        (): CaseEvent[] => [{ type: 'IssueReported', data: issue }],
      );
    }
    return { ...outcome, openedCaseIds: opened.map((issue) => issue.caseId) };
  },
});

export type InspectionService = ReturnType<typeof inspectionService>;
