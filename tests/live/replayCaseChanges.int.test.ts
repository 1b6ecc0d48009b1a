import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { positionFromString, positionToString } from '@gridline/backend/eventStore/port.ts';
import { replayCaseChanges, ReplayTooLong } from '@gridline/backend/live/replayCaseChanges.ts';
import { startApiServer, type ApiServer } from '../api/support/apiServer.ts';
import { caseAfter, ladder } from '../api/support/caseSetup.ts';

// Replaying a live stream's gap from the log, page by page, on a real store: every
// change once, in order, only the reader's, and a refusal when the gap is too long.

describe('Replaying case changes from the log', () => {
  let api: ApiServer;
  let before: string;
  let caseIds: string[];
  beforeAll(async () => {
    api = await startApiServer();
    before = await api.lastPosition();
    caseIds = [];
    for (let index = 0; index < 3; index++) {
      caseIds.push(await caseAfter(api.services, api.now(), ladder.accepted));
    }
    await api.readModels.refreshHead();
    await api.readModels.waitFor(api.readModels.head()!);
  });
  afterAll(() => api.close());

  const replay = async (options: { pageSize?: number; maxEvents?: number; grid?: string } = {}) => {
    const pages = [];
    for await (const page of replayCaseChanges({
      store: api.store,
      board: () => api.readModels.database('case_board'),
      scope: options.grid ? { kind: 'grid', id: options.grid } : { kind: 'district' },
      after: positionFromString(before),
      until: positionFromString(await api.lastPosition()),
      ...options,
    })) {
      pages.push(...page);
    }
    return pages;
  };

  it('gives each change once, in log order, across pages of any size', async () => {
    const whole = await replay();
    expect(whole.map((change) => change.type)).toEqual(
      caseIds.flatMap(() => ['DisputeLogged', 'CaseAssigned', 'CaseAccepted']),
    );
    for (const pageSize of [2, 3, 5]) {
      expect(
        (await replay({ pageSize })).map((change) => positionToString(change.position)),
      ).toEqual(whole.map((change) => positionToString(change.position)));
    }
  });

  it("gives only the changes to cases in the reader's scope", async () => {
    expect(await replay({ grid: 'grid-hp-1' })).toEqual([]);
    expect(await replay({ grid: 'grid-ryy-1' })).toHaveLength(9);
  });

  it('refuses a gap longer than it will replay', async () => {
    await expect(replay({ maxEvents: 4, pageSize: 2 })).rejects.toThrow(ReplayTooLong);
  });
});
