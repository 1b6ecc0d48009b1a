import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gridWorker } from '../../testing/accounts.ts';
import { organisation } from '../../testing/caseFixtures.ts';
import { fakeServer, renderAs, type FakeRequest } from '../../testing/renderWithConsole.tsx';
import { RecordInspectionForm } from './RecordInspectionForm.tsx';

const grid = organisation.grids[0]!;

afterEach(() => vi.unstubAllGlobals());

const answer = (request: FakeRequest) =>
  request.path === '/api/organisation'
    ? { status: 200, body: organisation }
    : {
        status: 400,
        body: {
          title: 'Bad request',
          status: 400,
          detail: 'Invalid request body: buildingsVisited[0].householdsVisited: too many',
          errors: [{ field: 'buildingsVisited[0].householdsVisited', message: 'too many' }],
        },
      };

const chooseOption = async (
  user: ReturnType<typeof userEvent.setup>,
  label: string,
  option: string,
) => {
  await user.click(screen.getByLabelText(label));
  await user.click(await screen.findByTitle(option));
};

describe('When a patrol is recorded', () => {
  it('checks the households against the building before sending anything', async () => {
    const requests = fakeServer(answer);
    renderAs(gridWorker, <RecordInspectionForm grid={grid} onClose={() => {}} />);
    const user = userEvent.setup();
    await chooseOption(user, '楼栋', '3号楼');
    await user.type(screen.getByLabelText('走访户数'), '39');
    await user.click(screen.getByRole('button', { name: '记录巡查' }));
    await screen.findByText('该楼栋只有 38 户');
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('sends the patrol with its findings, and shows the server’s field errors', async () => {
    const requests = fakeServer(answer);
    renderAs(gridWorker, <RecordInspectionForm grid={grid} onClose={() => {}} />);
    const user = userEvent.setup();
    await chooseOption(user, '楼栋', '3号楼');
    await user.type(screen.getByLabelText('走访户数'), '12');
    await user.click(screen.getByRole('button', { name: '添加发现' }));
    await user.type(screen.getByLabelText('标题'), '路灯不亮');
    await chooseOption(user, '事件类别', '设施维修');
    await user.click(screen.getByRole('button', { name: '添加发现' }));
    await user.type(screen.getAllByLabelText('标题')[1]!, '井盖松动');
    await user.click(screen.getAllByLabelText('事件类别')[1]!);
    await user.click((await screen.findAllByTitle('安全隐患')).at(-1)!);
    await user.click(screen.getAllByLabelText('立案')[1]!);
    await user.click(await screen.findByTitle('立案 · 高风险'));
    await user.click(screen.getByRole('button', { name: '记录巡查' }));

    await screen.findByText('服务器未接受此项，请检查后重试');
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.path).toBe('/api/inspections');
    const body = post?.body as Record<string, unknown> & {
      findings: Record<string, unknown>[];
      startedAt: string;
      endedAt: string;
    };
    expect(body).toMatchObject({
      gridId: 'ruiyiyuan-g01',
      inspectorId: 'worker-ruiyiyuan-g01-1',
      buildingsVisited: [{ buildingId: 'ruiyiyuan-b003', householdsVisited: 12 }],
      welfareChecks: [],
    });
    expect(new Date(body.endedAt).getTime()).toBeGreaterThan(new Date(body.startedAt).getTime());
    // Only the finding given a risk level opens a case, with an id minted in the form.
    expect(body.findings[0]).toEqual({
      findingId: expect.any(String),
      title: '路灯不亮',
      category: 'facility',
    });
    expect(body.findings[1]).toEqual({
      findingId: expect.any(String),
      caseId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      riskLevel: 'high',
      title: '井盖松动',
      category: 'hazard',
    });
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText('走访户数')).toHaveProperty('value', '12'));
  });
});
