import { Router, type Request, type Response } from 'express';
import * as z from 'zod';
import { caseStream, type AccessEvent } from '@gridline/events';
import {
  caseCommandResponseSchema,
  caseHistorySchema,
  caseViewSchema,
  type ResponseBody,
} from '@gridline/projections';
import { actorOf } from './session/requireSession.ts';
import type { CaseOutcome, CaseService } from '../application/cases/caseService.ts';
import { maskedCaseEvent, maskedEvent } from '../application/cases/personalDataViews.ts';
import type { RevealService } from '../application/cases/revealService.ts';
import { readCase } from '../application/cases/caseQueries.ts';
import { caseIdInputSchema } from '../domain/case/caseIdInput.ts';
import { caseCommandPayloadSchemas, type CaseCommandType } from '../domain/case/caseCommands.ts';
import type { CaseState, ExistingCase } from '../domain/case/caseState.ts';
import type { EventStore } from '../eventStore/port.ts';
import { comparePositions, positionToString } from '../eventStore/port.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { commandContextOf, openingContextOf, setRevisionHeaders } from './commandRequest.ts';
import { commandResponseBody, sendCommandResponse } from './commandResponse.ts';
import { parseRequestBody, parseRequestPart } from './parseRequestBody.ts';

export interface CaseRouteDependencies {
  readonly store: EventStore;
  readonly cases: CaseService;
  readonly reveals: RevealService;
  readonly now: () => Date;
}

type StepCommand = Exclude<CaseCommandType, 'LogDispute' | 'ReportIssue' | 'RecordDeadlineMissed'>;

// One endpoint per step of a case's life. RecordDeadlineMissed has none: only the
// deadline process (the system) records a missed deadline.
const caseSteps: Record<StepCommand, { segment: string; summary: string }> = {
  AssignCase: { segment: 'assign', summary: 'Dispatch the case to a person at its level (派单)' },
  AcceptCase: { segment: 'accept', summary: 'Take the case as its assignee (接单)' },
  RecordMediation: { segment: 'mediations', summary: 'Record a mediation of a dispute (调解)' },
  EscalateCase: { segment: 'escalate', summary: 'Escalate one level up (上报)' },
  SummonDepartments: {
    segment: 'summons',
    summary: 'Summon a lead and assisting departments (吹哨)',
  },
  RecordDepartmentReport: {
    segment: 'department-reports',
    summary: 'A summoned department reports in (报到)',
  },
  ExtendDeadline: {
    segment: 'deadline-extensions',
    summary: 'Extend the deadline in force (延期)',
  },
  VerifyResolution: { segment: 'verify', summary: 'Verify the resolution, four eyes (核查)' },
  ReturnCase: { segment: 'return', summary: 'Send the case one level down with guidance (退单)' },
  ResolveCase: { segment: 'resolve', summary: 'Resolve the case at its level (办结)' },
  RecordReturnVisit: { segment: 'return-visits', summary: 'Record the return visit (回访)' },
  ReopenCase: { segment: 'reopen', summary: 'Reopen a resolved case' },
  CloseCase: { segment: 'close', summary: 'Close (archive) a verified case' },
  AddCaseNote: { segment: 'notes', summary: 'Add a note' },
  WithdrawSummons: {
    segment: 'summons-withdrawals',
    summary: 'Call off a summons, with a reason, by the level that made it (撤回吹哨)',
  },
  ReassessRisk: {
    segment: 'risk-assessments',
    summary: 'Reassess the risk at the current level, with a reason (风险研判)',
  },
};

const caseIdParams = z.strictObject({ caseId: caseIdInputSchema });
const commandHeaders = [
  'If-Match',
  'Idempotency-Key',
  'X-Correlation-Id',
  'X-Occurred-At',
] as const;

/** A command always leaves a case behind: it opens one or acts on one that exists. */
const existing = (state: CaseState): ExistingCase => {
  if (state.status === 'none') throw new Error('A case command left no case behind');
  return state;
};

const respond = (res: Response, status: 200 | 201, outcome: CaseOutcome): void => {
  const body: ResponseBody<typeof caseCommandResponseSchema> = commandResponseBody(
    outcome.caseId,
    outcome,
    existing(outcome.state),
  );
  sendCommandResponse(res, status, outcome, body);
};

export const caseRoutes = (deps: CaseRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();

  for (const [type, title] of [
    ['LogDispute', 'Log a dispute (矛盾纠纷)'],
    ['ReportIssue', 'Report an issue: hazard, request, welfare… (隐患/诉求)'],
  ] as const) {
    registry.add(
      router,
      {
        method: 'post',
        path: type === 'LogDispute' ? '/cases/disputes' : '/cases/issues',
        operationId: type.charAt(0).toLowerCase() + type.slice(1),
        summary: title,
        tag: 'cases',
        requestBody: caseCommandPayloadSchemas[type],
        headers: ['Idempotency-Key', 'X-Correlation-Id', 'X-Occurred-At'],
        responses: { 201: 'The case was opened; Location names it' },
        responseSchema: caseCommandResponseSchema,
      },
      async (req, res) => {
        const payload = parseRequestBody(caseCommandPayloadSchemas[type], req.body);
        const outcome = await deps.cases.open(
          type,
          payload,
          openingContextOf(req, res, deps.now()),
        );
        res.location(`/api/cases/${outcome.caseId}`);
        respond(res, 201, outcome);
      },
    );
  }

  for (const [type, { segment, summary }] of Object.entries(caseSteps) as [
    StepCommand,
    (typeof caseSteps)[StepCommand],
  ][]) {
    registry.add(
      router,
      {
        method: 'post',
        path: `/cases/:caseId/${segment}`,
        operationId: type.charAt(0).toLowerCase() + type.slice(1),
        summary,
        tag: 'cases',
        pathParameters: caseIdParams.shape,
        requestBody: caseCommandPayloadSchemas[type],
        headers: commandHeaders,
        responses: { 200: 'Done: the new state, its revision (ETag) and log position' },
        responseSchema: caseCommandResponseSchema,
      },
      async (req, res) => {
        const { caseId } = parseRequestPart(caseIdParams, req.params, 'path');
        const payload = parseRequestBody(caseCommandPayloadSchemas[type], req.body);
        const outcome = await deps.cases.execute(
          type,
          caseId,
          payload,
          commandContextOf(req, res, deps.now()),
        );
        respond(res, 200, outcome);
      },
    );
  }

  /** The case the path names, as the signed-in person may read it; ETag set. */
  const viewedCase = async (req: Request, res: Response) => {
    const { caseId } = parseRequestPart(caseIdParams, req.params, 'path');
    const view = await readCase(deps.store, caseId, actorOf(res));
    setRevisionHeaders(res, view.revision, view.events.at(-1)?.position);
    return { caseId, view };
  };

  registry.add(
    router,
    {
      method: 'get',
      path: '/cases/:caseId',
      operationId: 'getCase',
      summary: 'The current state of a case, folded from its stream',
      tag: 'cases',
      pathParameters: caseIdParams.shape,
      responses: { 200: 'The case; ETag is its revision' },
      responseSchema: caseViewSchema,
    },
    async (req, res) => {
      const { caseId, view } = await viewedCase(req, res);
      const body: ResponseBody<typeof caseViewSchema> = {
        caseId,
        revision: view.revision.toString(),
        state: view.state,
      };
      res.json(body);
    },
  );

  registry.add(
    router,
    {
      method: 'get',
      path: '/cases/:caseId/history',
      operationId: 'getCaseHistory',
      summary: 'Every event of a case with who did it, when and why, reveals included',
      tag: 'cases',
      pathParameters: caseIdParams.shape,
      responses: {
        200: "The events in log order, with their metadata; reveals come from the revealers' access logs",
      },
      responseSchema: caseHistorySchema,
    },
    async (req, res) => {
      const { caseId, view } = await viewedCase(req, res);
      // Reveals and erasures change this answer without moving the case's revision (its
      // ETag), so a browser revalidating a kept copy would be told it is still fresh.
      res.set('Cache-Control', 'no-store');
      const stream = caseStream(caseId);
      const own = view.events.map(({ event, metadata, revision, position }) => ({
        stream,
        revision: revision.toString(),
        position,
        ...maskedCaseEvent(event),
        metadata,
      }));
      const reveals = ((await deps.reveals.reveals()).get(caseId) ?? []).map((reveal) => ({
        stream: reveal.streamName,
        // A reveal is not a revision of the case: it lives in the revealer's access log.
        revision: null,
        position: reveal.position,
        ...maskedEvent({ type: reveal.type, data: reveal.data } as AccessEvent),
        metadata: reveal.metadata,
      }));
      const events = [...own, ...reveals].sort((a, b) => comparePositions(a.position, b.position));
      const body: ResponseBody<typeof caseHistorySchema> = {
        caseId,
        revision: view.revision.toString(),
        events: events.map((entry) => ({ ...entry, position: positionToString(entry.position) })),
      };
      res.json(body);
    },
  );

  return router;
};
