import { apiAs } from './signIn.ts';

// A case at the street through the API, for journeys that start there: a grid leader logs a
// dispute and escalates it to the community, whose staff escalate it to the street.
// (disputeToStreetJourney walks the same way up in the console.)

/** A dispute in 瑞益园第1网格, escalated grid → community → street; its case id. */
export async function disputeEscalatedToStreet(base: string, title: string): Promise<string> {
  const leader = await apiAs(base, 'grid.leader');
  const opened = await leader('/api/cases/disputes', {
    place: { streetId: 'ruijing', communityId: 'ruiyiyuan', gridId: 'ruiyiyuan-g01' },
    riskLevel: 'medium',
    title,
    description: '多户居民对征地补偿标准有异议，网格和社区均无权处置。',
    disputeType: 'land_compensation',
    parties: [{ name: '李强', role: 'applicant' }],
    source: 'resident',
  });
  const caseId = String(opened['id']);
  await leader(`/api/cases/${caseId}/escalate`, {
    toLevel: 'community',
    reason: 'beyond_authority',
    explanation: '补偿标准超出网格处置权限。',
  });
  const staff = await apiAs(base, 'community.staff');
  await staff(`/api/cases/${caseId}/escalate`, {
    toLevel: 'street',
    reason: 'beyond_authority',
    explanation: '涉及征地补偿政策，提请街道协调。',
  });
  return caseId;
}

/** A `datetime-local` value `minutes` from now, on this machine's clock (the browser's too). */
export function localInMinutes(minutes: number): string {
  const at = new Date(Date.now() + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` +
    `T${pad(at.getHours())}:${pad(at.getMinutes())}`
  );
}
