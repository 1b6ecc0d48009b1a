import type { Actor } from '@gridline/events';
import type { OrganisationDirectory } from '../domain/organisation/organisationDirectory.ts';

/** The person id the deadline process writes under, as the case rules name it. */
export const deadlineProcessPersonId = 'deadline-process';

/**
 * The deadline process acts for the whole district. The district has no record of its
 * own; its id is the one the admins' assignments name, so the history shows the same
 * scope for the process as for the people who set the district up.
 */
export const deadlineProcessActor = (directory: OrganisationDirectory): Actor => {
  for (const spells of directory.assignments.values()) {
    const district = spells.find((spell) => spell.scope.kind === 'district');
    if (district) {
      return { personId: deadlineProcessPersonId, role: 'system', scope: district.scope };
    }
  }
  return {
    personId: deadlineProcessPersonId,
    role: 'system',
    scope: { kind: 'district', id: 'district' },
  };
};
