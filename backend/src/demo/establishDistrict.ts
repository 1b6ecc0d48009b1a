import type {
  OrganisationCommand,
  OrganisationCommandType,
} from '../domain/organisation/organisationCommands.ts';
import type { DemoWorld } from './demoWorld.ts';
import { actorOf } from './staffPlan.ts';

// The administrator sets the district up before its history begins: places first, then
// departments, then a week later everyone's post (StaffAssigned), so that patrols and
// dispatches from day one find their people in the directory.

const second = 1_000;
const week = 7 * 24 * 3_600 * second;

export const establishDistrict = async (world: DemoWorld, at: Date): Promise<void> => {
  const admin = actorOf(world.staff.admin);
  let time = at.getTime();
  const run = async (type: OrganisationCommandType, payload: OrganisationCommand['data']) => {
    const context = world.context(admin, new Date(time));
    const outcome = await world.services.organisation.execute(type, payload, context);
    world.record(outcome.events);
    time += second;
  };

  for (const street of world.district.streets) {
    await run('EstablishStreet', { streetId: street.streetId, name: street.name });
    for (const community of street.communities) {
      const { communityId, name } = community;
      await run('EstablishCommunity', { communityId, streetId: street.streetId, name });
      for (const grid of community.grids) {
        await run('EstablishGrid', {
          gridId: grid.gridId,
          communityId,
          name: grid.name,
          buildings: grid.buildings.map(({ buildingId, name, households }) => ({
            buildingId,
            name,
            households,
          })),
        });
      }
    }
  }
  for (const { departmentId, name, kind, belongsTo } of world.district.departments) {
    await run('EstablishDepartment', { departmentId, name, kind, belongsTo });
  }

  time = at.getTime() + week;
  for (const { personId, displayName, role, scope } of world.staff.members) {
    await run('AssignStaff', { personId, displayName, role, scope });
  }
};
