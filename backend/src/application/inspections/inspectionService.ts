import {
  caseStream,
  eventMetadataSchema,
  inspectionStream,
  type CaseEvent,
  type InspectionEvent,
} from '@gridline/events';
import { deadlineAt, type CaseDecisionContext } from '../../domain/case/caseDecisionContext.ts';
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
import { IdempotencyKeyReused } from '../idempotencyKeyReused.ts';
import { commandEventIds } from '../idempotentReplay.ts';
import { refuseTakenCaseIds } from '../cases/takenCaseIds.ts';
import type { OrganisationDirectoryReader } from '../organisationDirectoryReader.ts';

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
export const inspectionService = (
  store: EventStore,
  directory: OrganisationDirectoryReader,
  decision: CaseDecisionContext,
) => ({
  async record(
    payload: RecordInspectionPayload,
    requestContext: CommandContext,
  ): Promise<InspectionOutcome> {
    // The inspection id is the patrol's natural idempotency key: a retry of the same
    // patrol replays it and opens whatever cases an interrupted first attempt did not.
    const context = {
      ...requestContext,
      idempotencyKey: requestContext.idempotencyKey ?? `inspection:${payload.inspectionId}`,
    };
    const command = {
      type: 'RecordInspection' as const,
      data: payload,
      actor: context.actor,
      now: context.now,
    };
    const current = await directory.current();
    const streamName = inspectionStream(payload.inspectionId);
    const request = { type: command.type, payload };
    await refuseTakenCaseIds(
      store,
      payload.findings.flatMap((finding, index) =>
        finding.caseId ? [{ caseId: finding.caseId, field: `findings.${index}.caseId` }] : [],
      ),
      commandEventIds(context, streamName, request)(0),
    );
    const outcome = await handleStreamCommand(
      store,
      streamName,
      inspectionModel,
      { ...context, expectedRevision: 'no_stream' },
      request,
      (state) => decideInspection(command, state, { directory: current }),
    ).catch((error: unknown) => {
      // Without a key of the client's, a "reused key" is another patrol under this id.
      if (error instanceof IdempotencyKeyReused && requestContext.idempotencyKey === undefined) {
        throw new DomainError(
          'illegal_state',
          `The inspection "${payload.inspectionId}" is already recorded.`,
        );
      }
      throw error;
    });
    if (outcome.state.status !== 'recorded') return { ...outcome, openedCaseIds: [] };
    const [recorded] = await store.readStream(outcome.streamName, { maxCount: 1 });
    // The clock runs from when the patrol was recorded, so a retry opens on the same deadline.
    const recordedAt = new Date(eventMetadataSchema.parse(recorded!.metadata).recordedAt);
    const opened = casesOpenedBy(command, outcome.state.inspection, (riskLevel) =>
      deadlineAt('grid', riskLevel, recordedAt, decision),
    );
    // Each case is its own append: a retry with the same key replays those already
    // opened and opens any a crash left unopened.
    for (const issue of opened) {
      await handleStreamCommand(
        store,
        caseStream(issue.caseId),
        caseModel,
        { ...context, causationId: recorded!.id, expectedRevision: 'no_stream' },
        { type: 'OpenCaseFromFinding', payload: issue },
        (): CaseEvent[] => [{ type: 'IssueReported', data: issue }],
      );
    }
    return { ...outcome, openedCaseIds: opened.map((issue) => issue.caseId) };
  },
});

export type InspectionService = ReturnType<typeof inspectionService>;
