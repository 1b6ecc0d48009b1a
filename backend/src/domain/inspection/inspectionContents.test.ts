import { describe, it } from 'vitest';
import { admin, ids, otherGridBuilding } from '../organisation/organisationExamples.ts';
import { district, given, patrol, record, recorded } from './inspectionExamples.ts';

describe('What an inspection may contain', () => {
  it('Given no such grid › When a patrol of it is recorded › then it is refused as invalid', () =>
    given(district)
      .when(record({ gridId: 'grid-nowhere' }, admin))
      .thenRefuses('invalid', /no grid/));

  it.each([
    ['ends before it starts', '2024-06-03T08:00:00+08:00'],
    ['ends as it starts', patrol.startedAt],
  ])('When the patrol %s › then it is refused as invalid', (_how, endedAt) =>
    given(district)
      .when(record({ endedAt }))
      .thenRefuses('invalid', /end after it starts/),
  );

  it('When the patrol ends after the command arrives › then it is refused as invalid', () =>
    given(district)
      .when(record({ endedAt: '2024-06-03T12:00:01+08:00' }))
      .thenRefuses('invalid', /future/));

  it('When a visited building belongs to another grid › then it is refused as invalid', () =>
    given(district)
      .when(record({ buildingsVisited: [{ buildingId: otherGridBuilding, householdsVisited: 1 }] }))
      .thenRefuses('invalid', /not in grid/));

  it('When a building is listed twice › then it is refused as invalid', () =>
    given(district)
      .when(
        record({ buildingsVisited: [patrol.buildingsVisited[0]!, patrol.buildingsVisited[0]!] }),
      )
      .thenRefuses('invalid', /listed twice/));

  it('When more households were visited than the building has › then it is refused', () =>
    given(district)
      .when(record({ buildingsVisited: [{ buildingId: ids.building, householdsVisited: 49 }] }))
      .thenRefuses('invalid', /More households/));

  it('When every household of a building was visited › then it is recorded', () =>
    given(district)
      .when(record({ buildingsVisited: [{ buildingId: ids.building, householdsVisited: 48 }] }))
      .then([
        {
          type: 'InspectionRecorded',
          data: {
            ...recorded,
            buildingsVisited: [{ buildingId: ids.building, householdsVisited: 48 }],
          },
        },
      ]));

  it('When a welfare check was in another grid’s building › then it is refused', () =>
    given(district)
      .when(
        record({
          welfareChecks: [
            { buildingId: otherGridBuilding, residentName: '吴奶奶', status: 'well' },
          ],
        }),
      )
      .thenRefuses('invalid', /not in grid/));

  it('When a finding names another grid’s building › then it is refused', () =>
    given(district)
      .when(
        record({
          findings: [
            {
              findingId: 'F-1',
              category: 'facility',
              title: '井盖破损',
              buildingId: otherGridBuilding,
            },
          ],
        }),
      )
      .thenRefuses('invalid', /not in grid/));
});

describe('Findings that open cases', () => {
  const finding = { findingId: 'F-3', category: 'hazard', title: '消防通道堵塞' } as const;

  it('When two findings share an id › then it is refused as invalid', () =>
    given(district)
      .when(record({ findings: [finding, finding] }))
      .thenRefuses('invalid', /listed twice/));

  it('When two findings would open the same case › then it is refused as invalid', () =>
    given(district)
      .when(
        record({
          findings: [
            { ...finding, caseId: ids.case, riskLevel: 'low' },
            { ...finding, findingId: 'F-4', caseId: ids.case, riskLevel: 'low' },
          ],
        }),
      )
      .thenRefuses('invalid', /same case|would open/));

  it.each([
    ['a case id without a risk level', { caseId: ids.case }],
    ['a risk level without a case id', { riskLevel: 'critical' as const }],
  ])('When a finding gives %s › then it is refused as invalid', (_what, opening) =>
    given(district)
      .when(record({ findings: [{ ...finding, ...opening }] }))
      .thenRefuses('invalid', /both a case id and a risk level/),
  );
});
