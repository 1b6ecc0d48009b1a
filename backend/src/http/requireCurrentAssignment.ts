import type { RequestHandler } from 'express';
import type { Actor } from '../accounts/actor.ts';
import { actorOf } from './session/requireSession.ts';
import type { OrganisationDirectoryReader } from '../application/organisationDirectoryReader.ts';
import { currentAssignments } from '../domain/organisation/directoryQueries.ts';
import { sameScope } from '../domain/organisation/organisationDirectory.ts';
import { forbidden } from './problems.ts';

/**
 * An account names a role and scope, but the organisation log decides whether the person
 * holds them today: once StaffUnassigned is recorded, the account's reach is gone. Admins
 * are exempt — they are how a district is first set up, and their accounts are disabled
 * in the accounts table instead.
 */
export const requireCurrentAssignment =
  (directory: OrganisationDirectoryReader): RequestHandler =>
  async (_req, res, next) => {
    const actor = actorOf(res);
    if (actor.role !== 'admin') {
      const held = await holdsCurrentAssignment(directory, actor);
      if (!held) {
        throw forbidden(
          `${actor.personId} does not hold ${actor.role} in ${actor.scope.kind} ${actor.scope.id} now (organisation record).`,
        );
      }
    }
    next();
  };

/** Whether the organisation record has the person holding the account's role and scope now. */
export const holdsCurrentAssignment = async (
  directory: OrganisationDirectoryReader,
  actor: Actor,
): Promise<boolean> =>
  actor.role === 'admin' ||
  currentAssignments(await directory.current(), actor.personId).some(
    (assignment) => assignment.role === actor.role && sameScope(assignment.scope, actor.scope),
  );
