import { Router } from 'express';
import type { OrganisationService } from '../application/organisation/organisationService.ts';
import type { OrganisationDirectoryReader } from '../application/organisationDirectoryReader.ts';
import {
  organisationPayloadSchemas,
  type OrganisationCommandType,
} from '../domain/organisation/organisationCommands.ts';
import { positionToString } from '../eventStore/port.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { commandContextOf, setRevisionHeaders } from './commandRequest.ts';
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
      },
      async (req, res) => {
        const payload = parseRequestBody(organisationPayloadSchemas[type], req.body);
        const outcome = await deps.organisation.execute(
          type,
          payload,
          commandContextOf(req, res, deps.now()),
        );
        setRevisionHeaders(res, outcome.revision, outcome.position);
        res.status(201).json({
          stream: outcome.streamName,
          revision: outcome.revision.toString(),
          position: outcome.position ? positionToString(outcome.position) : null,
          events: outcome.events,
        });
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
    },
    async (_req, res) => {
      const directory = await deps.directory.current();
      res.json({
        streets: [...directory.streets.values()],
        communities: [...directory.communities.values()],
        grids: [...directory.grids.values()],
        departments: [...directory.departments.values()],
        staff: [...directory.assignments.values()].flat().filter((spell) => !spell.until),
      });
    },
  );
  return router;
};
