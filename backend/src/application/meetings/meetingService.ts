import {
  caseStream,
  eventMetadataSchema,
  meetingStream,
  type CaseEvent,
  type MeetingEvent,
} from '@gridline/events';
import { deadlineAt, type CaseDecisionContext } from '../../domain/case/caseDecisionContext.ts';
import { decideMeeting } from '../../domain/meeting/decideMeeting.ts';
import {
  evolveMeeting,
  issueFromMatter,
  noMeeting,
  type MeetingState,
  type RecordMeetingPayload,
} from '../../domain/meeting/recordMeeting.ts';
import type { EventStore } from '../../eventStore/port.ts';
import { caseModel } from '../cases/caseModel.ts';
import type { CommandContext } from '../commandContext.ts';
import { uuidFrom } from '../eventIds.ts';
import {
  fold,
  handleStreamCommand,
  type CommandOutcome,
  type StreamModel,
} from '../handleStreamCommand.ts';
import { commandEventIds } from '../idempotentReplay.ts';
import { loadStream } from '../loadStream.ts';
import type { OrganisationDirectoryReader } from '../organisationDirectoryReader.ts';
import { refuseTakenCaseIds } from '../cases/takenCaseIds.ts';

const meetingModel: StreamModel<MeetingState, MeetingEvent> = {
  initialState: noMeeting,
  evolve: evolveMeeting,
};

export interface MeetingOutcome extends CommandOutcome<MeetingState, MeetingEvent> {
  readonly meetingId: string;
  /** The case each matter opened, in the order the matters were given. */
  readonly openedCaseIds: readonly string[];
}

export interface MeetingServiceDependencies {
  readonly store: EventStore;
  readonly directory: OrganisationDirectoryReader;
  readonly decision: CaseDecisionContext;
}

/** A matter's case id follows from the meeting and the matter, so a retry opens the same case. */
export const caseIdOf = (meetingId: string) => (matterId: string) =>
  uuidFrom(`meeting-case\n${meetingId}\n${matterId}`);

/**
 * Records a resident meeting, then opens one case per matter at the community, each
 * caused by the meeting event. The meeting id is the natural idempotency key: a retry
 * replays the meeting and opens whatever cases an interrupted first attempt did not.
 */
export const meetingService = ({ store, directory, decision }: MeetingServiceDependencies) => ({
  async record(
    payload: RecordMeetingPayload,
    requestContext: CommandContext,
  ): Promise<MeetingOutcome> {
    const { meetingId } = payload;
    const context = {
      ...requestContext,
      idempotencyKey: requestContext.idempotencyKey ?? `meeting:${meetingId}`,
    };
    const current = await directory.current();
    const command = {
      payload,
      actor: context.actor,
      now: context.now,
      caseIdOf: caseIdOf(meetingId),
    };
    const streamName = meetingStream(meetingId);
    const request = { type: 'RecordResidentMeeting', payload };
    const meetingEventId = commandEventIds(context, streamName, request)(0);
    // The rules refuse first (role, scope, a taken meeting id), so a refusal never tells
    // anyone more than they may know; only then are the matters' case ids checked.
    const existing = await loadStream<MeetingEvent>(store, streamName);
    if (!existing.events.some((loaded) => loaded.id === meetingEventId)) {
      decideMeeting(command, fold(meetingModel, existing.events), current);
    }
    await refuseTakenCaseIds(
      store,
      payload.matters.map((matter, index) => ({
        caseId: command.caseIdOf(matter.matterId),
        field: `matters.${index}`,
      })),
      meetingEventId,
    );
    // No expected revision: a meeting already recorded is refused by the rules (after the
    // role check), not answered as a stale revision.
    const { expectedRevision: _none, ...whateverIsCurrent } = context;
    const outcome = await handleStreamCommand(
      store,
      streamName,
      meetingModel,
      whateverIsCurrent,
      request,
      (state) => decideMeeting(command, state, current),
    );
    const [recorded] = await store.readStream(outcome.streamName, { maxCount: 1 });
    const held = recorded!.data as Extract<MeetingEvent, { type: 'ResidentMeetingHeld' }>['data'];
    // The community's clock runs from when the meeting was recorded, the same on a retry.
    const recordedAt = new Date(eventMetadataSchema.parse(recorded!.metadata).recordedAt);
    for (const matter of held.matters) {
      const issue = issueFromMatter(
        held,
        matter,
        deadlineAt('community', matter.riskLevel, recordedAt, decision),
      );
      await handleStreamCommand(
        store,
        caseStream(issue.caseId),
        caseModel,
        { ...context, causationId: recorded!.id, expectedRevision: 'no_stream' },
        { type: 'OpenCaseFromMeeting', payload: issue },
        (): CaseEvent[] => [{ type: 'IssueReported', data: issue }],
      );
    }
    return { ...outcome, meetingId, openedCaseIds: held.matters.map((matter) => matter.caseId) };
  },
});

export type MeetingService = ReturnType<typeof meetingService>;
