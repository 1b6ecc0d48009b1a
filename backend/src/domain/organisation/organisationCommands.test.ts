import { describe, expect, it } from 'vitest';
import { sampleEventData } from '@gridline/events/fixtures/sampleEvents.ts';
import { organisationCommandTypes, organisationPayloadSchemas } from './organisationCommands.ts';

const samples = {
  EstablishStreet: sampleEventData.StreetEstablished,
  EstablishCommunity: sampleEventData.CommunityEstablished,
  EstablishGrid: sampleEventData.GridEstablished,
  RegisterBuilding: sampleEventData.BuildingRegistered,
  EstablishDepartment: sampleEventData.DepartmentEstablished,
  AssignStaff: sampleEventData.StaffAssigned,
  UnassignStaff: sampleEventData.StaffUnassigned,
};

describe('Organisation command payloads', () => {
  it.each(organisationCommandTypes)('%s › accepts the fields of its event', (type) => {
    expect(organisationPayloadSchemas[type].safeParse(samples[type]).success).toBe(true);
  });

  it.each(organisationCommandTypes)('%s › refuses a field it does not know', (type) => {
    const withExtra = { ...samples[type], actor: 'p-someone-else' };
    expect(organisationPayloadSchemas[type].safeParse(withExtra).success).toBe(false);
  });

  it('refuses an id that could not name a stream', () => {
    const payload = { ...samples.EstablishStreet, streetId: 'street/heping' };
    expect(organisationPayloadSchemas.EstablishStreet.safeParse(payload).success).toBe(false);
  });
});
