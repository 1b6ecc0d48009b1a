import { Router } from 'express';
import {
  organisationCommandResponseSchema,
  organisationDirectorySchema,
  type ResponseBody,
} from '@gridline/projections';
import type { OrganisationService } from '../application/organisation/organisationService.ts';
import type { OrganisationDirectoryReader } from '../application/organisationDirectoryReader.ts';
import {
  organisationPayloadSchemas,
  type OrganisationCommand,
  type OrganisationCommandType,
} from '../domain/organisation/organisationCommands.ts';
import { organisationSubjectOf } from '../domain/organisation/organisationStreams.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { commandContextOf } from './commandRequest.ts';
import { commandResponseBody, sendCommandResponse } from './commandResponse.ts';
import { parseRequestBody } from './parseRequestBody.ts';

export interface OrganisationRouteDependencies {
  readonly organisation: OrganisationService;
  readonly directory: OrganisationDirectoryReader;
  readonly now: () => Date;
}

const organisationEndpoints: Record<OrganisationCommandType, { path: string; summary: string }> = {
  EstablishStreet: { path: '/organisation/streets', summary: 'Establish a street office (街道)' },
  EstablishCommunity: {
    path: '/organisation/communities',
    summary: 'Establish a community (社区)',
  },
  EstablishGrid: {
    path: '/organisation/grids',
    summary: 'Establish a grid with its buildings (网格)',
  },
  RegisterBuilding: {
    path: '/organisation/buildings',
    summary: 'Register a building in a grid (楼栋)',
  },
  EstablishDepartment: {
    path: '/organisation/departments',
    summary: 'Establish a department (职能部门)',
  },
  AssignStaff: {
    path: '/organisation/staff-assignments',
    summary: 'Assign a person a role in a scope',
  },
  UnassignStaff: {
    path: '/organisation/staff-unassignments',
    summary: 'End a person’s role in a scope',
  },
};

export const organisationRoutes = (
  deps: OrganisationRouteDependencies,
  registry: ApiRegistry,
): Router => {
  const router = Router();
  for (const [type, { path, summary }] of Object.entries(organisationEndpoints) as [
    OrganisationCommandType,
    { path: string; summary: string },
  ][]) {
    registry.add(
      router,
      {
        method: 'post',
        path,
        operationId: type.charAt(0).toLowerCase() + type.slice(1),
        summary,
        tag: 'organisation',
        requestBody: organisationPayloadSchemas[type],
        headers: ['Idempotency-Key', 'X-Correlation-Id'],
        responses: { 201: 'Recorded' },
        responseSchema: organisationCommandResponseSchema,
      },
      async (req, res) => {
        const payload = parseRequestBody(organisationPayloadSchemas[type], req.body);
        const context = commandContextOf(req, res, deps.now());
        const outcome = await deps.organisation.execute(type, payload, context);
        const command = { type, data: payload, actor: context.actor } as OrganisationCommand;
        const body: ResponseBody<typeof organisationCommandResponseSchema> = commandResponseBody(
          organisationSubjectOf(command).id,
          outcome,
          null,
        );
        sendCommandResponse(res, 201, outcome, body);
      },
    );
  }

  registry.add(
    router,
    {
      method: 'get',
      path: '/organisation',
      operationId: 'getOrganisation',
      summary: 'Streets, communities, grids, buildings, departments and who holds what now',
      tag: 'organisation',
      responses: { 200: 'The district' },
      responseSchema: organisationDirectorySchema,
    },
    async (_req, res) => {
      const directory = await deps.directory.current();
      const body: ResponseBody<typeof organisationDirectorySchema> = {
        streets: [...directory.streets.values()],
        communities: [...directory.communities.values()],
        grids: [...directory.grids.values()],
        departments: [...directory.departments.values()],
        staff: [...directory.assignments.values()]
          .flat()
          .filter((spell) => !spell.until)
          .map(({ personId, displayName, role, scope, from }) => ({
            personId,
            displayName,
            role,
            scope,
            from: from.toISOString(),
          })),
      };
      res.json(body);
    },
  );
  return router;
};
