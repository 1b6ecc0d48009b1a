import {
  caseStream,
  inspectionStream,
  meetingStream,
  type CaseEvent,
  type GridlineEvent,
  type InspectionEvent,
  type MeetingEvent,
  type OrganisationEvent,
} from '@gridline/events';
import { caseModel } from '@gridline/backend/application/cases/caseModel.ts';
import type { CaseOutcome } from '@gridline/backend/application/cases/caseService.ts';
import { idMaker } from '@gridline/backend/application/cases/caseService.ts';
import { withExtras } from '@gridline/backend/application/cases/commandExtras.ts';
import type { CommandContext } from '@gridline/backend/application/commandContext.ts';
import { ConcurrencyConflict } from '@gridline/backend/application/concurrencyConflict.ts';
import {
  envelope,
  type CommandOutcome,
  type CommandRequest,
  type StreamModel,
} from '@gridline/backend/application/handleStreamCommand.ts';
import { commandEventIds } from '@gridline/backend/application/idempotentReplay.ts';
import { caseIdOf } from '@gridline/backend/application/meetings/meetingService.ts';
import type {
  CaseCommandPayload,
  CaseCommandType,
} from '@gridline/backend/domain/case/caseCommands.ts';
import {
  deadlineAt,
  type CaseDecisionContext,
} from '@gridline/backend/domain/case/caseDecisionContext.ts';
import type { CaseState } from '@gridline/backend/domain/case/caseState.ts';
import { decideCase } from '@gridline/backend/domain/case/decideCase.ts';
import { DomainError } from '@gridline/backend/domain/domainError.ts';
import { casesOpenedBy } from '@gridline/backend/domain/inspection/casesFromFindings.ts';
import { decideInspection } from '@gridline/backend/domain/inspection/decideInspection.ts';
import {
  evolveInspection,
  initialInspectionState,
  type InspectionState,
} from '@gridline/backend/domain/inspection/recordInspection.ts';
import { decideMeeting } from '@gridline/backend/domain/meeting/decideMeeting.ts';
import {
  evolveMeeting,
  issueFromMatter,
  noMeeting,
  type MeetingState,
} from '@gridline/backend/domain/meeting/recordMeeting.ts';
import { decideOrganisation } from '@gridline/backend/domain/organisation/decideOrganisation.ts';
import type { OrganisationCommand } from '@gridline/backend/domain/organisation/organisationCommands.ts';
import { growingDirectory } from '@gridline/backend/domain/organisation/organisationDirectory.ts';
import {
  organisationStreamFor,
  startsOrganisationStream,
} from '@gridline/backend/domain/organisation/organisationStreams.ts';
import type { DemoServices } from '@gridline/backend/demo/demoWorld.ts';
import type { StagedLog } from './stagedLog.ts';

// The demo's command path without the round trip through the store: each stream's state is
// kept folded in memory, each command is decided by the same deciders with the same extras,
// and its events get the same ids and envelopes as through the services (for the same
// seed the log matches the demo's event for event), then go to the staged log. Only what
// the demo district does is supported: commands in order, one at a time, no retries.

const inspectionModel: StreamModel<InspectionState, InspectionEvent> = {
  initialState: initialInspectionState,
  evolve: (state, event) => evolveInspection(state, event),
};
const meetingModel: StreamModel<MeetingState, MeetingEvent> = {
  initialState: noMeeting,
  evolve: evolveMeeting,
};
const noState: StreamModel<null, OrganisationEvent> = { initialState: null, evolve: () => null };

interface Stream {
  readonly revision: number;
  /**
   * Kept for case streams only (nothing else is written to twice), and only until the case
   * is closed: the demo's stories end there, and a year of closed cases would hold GBs.
   */
  readonly state?: unknown;
}

/** What a case stream keeps once it is closed; a later command on it is refused loudly. */
const forgotten = Symbol('closed case, state dropped');

const kept = (model: unknown, state: unknown): unknown =>
  model !== caseModel ? undefined : (state as CaseState).status === 'closed' ? forgotten : state;

export const stagedServices = (log: StagedLog, decision: CaseDecisionContext): DemoServices => {
  const streams = new Map<string, Stream>();
  // Grown in place: a copy per organisation command would be quadratic in the district.
  const { directory, fold } = growingDirectory();
  /** Each recorded patrol's grid, for disputes that name the patrol they were found on. */
  const patrolGrids = new Map<string, string>();

  /** handleStreamCommand's load → decide → append, on the state held here. */
  const commit = <State, Event extends GridlineEvent>(
    streamName: string,
    model: StreamModel<State, Event>,
    context: CommandContext,
    request: CommandRequest,
    decide: (state: State) => readonly Event[],
  ): CommandOutcome<State, Event> & { readonly firstEventId: string } => {
    const stream = streams.get(streamName);
    const current = stream ? BigInt(stream.revision) : 'no_stream';
    if (context.expectedRevision !== undefined && context.expectedRevision !== current) {
      throw new ConcurrencyConflict(streamName, current, null);
    }
    if (stream?.state === forgotten) {
      throw new Error(`${streamName} is closed and the generator no longer holds its state`);
    }
    const state = (stream?.state ?? model.initialState) as State;
    const events = decide(state);
    if (events.length === 0) throw new Error(`A decision on ${streamName} produced no events`);
    const eventId = commandEventIds(context, streamName, request);
    const envelopes = events.map((event, index) => envelope(event, eventId(index), context));
    const position = log.append(
      streamName,
      events.map((event, index) => ({
        id: envelopes[index]!.eventId,
        type: event.type,
        data: event.data,
        metadata: envelopes[index],
      })),
      context.now.toISOString(),
    );
    const next = events.reduce(
      (folded, event, index) => model.evolve(folded, event, envelopes[index]!),
      state,
    );
    const revision = (stream?.revision ?? -1) + events.length;
    streams.set(streamName, { revision, state: kept(model, next) });
    return {
      streamName,
      state: next,
      revision: BigInt(revision),
      position,
      events,
      replayed: false,
      firstEventId: envelopes[0]!.eventId,
    };
  };

  /** The first event of a case a patrol or a meeting opened, caused by their own event. */
  const openCase = (
    context: CommandContext,
    causationId: string,
    type: 'OpenCaseFromFinding' | 'OpenCaseFromMeeting',
    issue: Extract<CaseEvent, { type: 'IssueReported' }>['data'],
  ) =>
    commit(
      caseStream(issue.caseId),
      caseModel,
      { ...context, causationId, expectedRevision: 'no_stream' },
      { type, payload: issue },
      (): CaseEvent[] => [{ type: 'IssueReported', data: issue }],
    );

  const execute = async <Type extends CaseCommandType>(
    type: Type,
    caseId: string,
    payload: CaseCommandPayload<Type>,
    context: CommandContext,
  ): Promise<CaseOutcome> => {
    await log.ready();
    const base = {
      caseId,
      payload,
      actor: context.actor,
      now: context.now,
      occurredAt: context.occurredAt,
    };
    const command = withExtras(type, base, directory, idMaker(context));
    const opening = type === 'LogDispute' || type === 'ReportIssue';
    if (type === 'LogDispute') checkPatrol(payload as CaseCommandPayload<'LogDispute'>);
    const outcome = commit(caseStream(caseId), caseModel, context, { type, payload }, (state) => {
      if (!opening && state.status === 'none') {
        throw new DomainError('not_found', `No case ${caseId}.`);
      }
      return decideCase(command, state, decision);
    });
    return { ...outcome, caseId };
  };

  // As checkPatrolOfDispute (application/cases/patrolOfDispute.ts), on the patrols held here.
  const checkPatrol = ({ inspectionId, place }: CaseCommandPayload<'LogDispute'>): void => {
    if (inspectionId === undefined) return;
    const gridId = patrolGrids.get(inspectionId);
    if (gridId === undefined) {
      throw new DomainError('invalid', `inspectionId: no patrol ${inspectionId} is recorded`);
    }
    if (gridId !== place.gridId) {
      throw new DomainError(
        'invalid',
        `inspectionId: patrol ${inspectionId} was in grid ${gridId}`,
      );
    }
  };

  return {
    cases: {
      execute,
      open: (type, payload, context) =>
        execute(type, idMaker(context)('case'), payload, {
          ...context,
          expectedRevision: 'no_stream',
        }),
    },

    organisation: {
      async execute(type, payload, context) {
        await log.ready();
        const command = { type, data: payload, actor: context.actor } as OrganisationCommand;
        const outcome = commit(
          organisationStreamFor(command),
          noState,
          startsOrganisationStream(command)
            ? { ...context, expectedRevision: 'no_stream' }
            : context,
          { type, payload },
          () => decideOrganisation(command, directory),
        );
        const recordedAt = new Date(context.now.toISOString());
        fold(outcome.events.map((event) => ({ event, recordedAt })));
        return outcome;
      },
    },

    inspections: {
      async record(payload, requestContext) {
        await log.ready();
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
        const outcome = commit(
          inspectionStream(payload.inspectionId),
          inspectionModel,
          { ...context, expectedRevision: 'no_stream' },
          { type: command.type, payload },
          (state) => decideInspection(command, state, { directory }),
        );
        if (outcome.state.status !== 'recorded') return { ...outcome, openedCaseIds: [] };
        patrolGrids.set(payload.inspectionId, outcome.state.inspection.place.gridId);
        const recordedAt = new Date(context.now.toISOString());
        const opened = casesOpenedBy(command, outcome.state.inspection, (riskLevel) =>
          deadlineAt('grid', riskLevel, recordedAt, decision),
        );
        for (const issue of opened) {
          openCase(context, outcome.firstEventId, 'OpenCaseFromFinding', issue);
        }
        return { ...outcome, openedCaseIds: opened.map((issue) => issue.caseId) };
      },
    },

    meetings: {
      async record(payload, requestContext) {
        await log.ready();
        const { meetingId } = payload;
        const context = {
          ...requestContext,
          idempotencyKey: requestContext.idempotencyKey ?? `meeting:${meetingId}`,
        };
        const command = {
          payload,
          actor: context.actor,
          now: context.now,
          caseIdOf: caseIdOf(meetingId),
        };
        const outcome = commit(
          meetingStream(meetingId),
          meetingModel,
          { ...context, expectedRevision: 'no_stream' },
          { type: 'RecordResidentMeeting', payload },
          (state) => decideMeeting(command, state, directory),
        );
        const held = outcome.events[0]!.data;
        const recordedAt = new Date(context.now.toISOString());
        for (const matter of held.matters) {
          const issue = issueFromMatter(
            held,
            matter,
            deadlineAt('community', matter.riskLevel, recordedAt, decision),
          );
          openCase(context, outcome.firstEventId, 'OpenCaseFromMeeting', issue);
        }
        return {
          ...outcome,
          meetingId,
          openedCaseIds: held.matters.map((matter) => matter.caseId),
        };
      },
    },
  };
};
