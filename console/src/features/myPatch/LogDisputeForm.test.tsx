import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gridLeader } from '../../testing/accounts.ts';
import { organisation } from '../../testing/caseFixtures.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { LogDisputeForm } from './LogDisputeForm.tsx';

const grid = organisation.grids[0]!;

afterEach(() => vi.unstubAllGlobals());

describe('When a dispute is logged', () => {
  it('checks the form before sending anything', async () => {
    const requests = fakeServer(() => ({ status: 500 }));
    renderAs(gridLeader, <LogDisputeForm grid={grid} streetId="ruijing" onClose={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('电话'), '12345');
    await user.click(screen.getByRole('button', { name: '登记' }));
    expect(await screen.findAllByText('请填写此项')).not.toHaveLength(0);
    await screen.findByText('请输入手机号或带区号的固定电话');
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('shows the server’s field errors next to the fields', async () => {
    const requests = fakeServer(() => ({
      status: 400,
      body: {
        title: 'Bad request',
        status: 400,
        detail: 'Invalid request body: parties[0].name: must not be blank',
        errors: [{ field: 'parties[0].name', message: 'must not be blank' }],
      },
    }));
    renderAs(gridLeader, <LogDisputeForm grid={grid} streetId="ruijing" onClose={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('标题'), '楼上噪音');
    await user.type(screen.getByLabelText('具体情况'), '夜间噪音');
    await user.click(screen.getByLabelText('纠纷类型'));
    await user.click(await screen.findByTitle('邻里纠纷'));
    await user.type(screen.getByLabelText('姓名'), '赵明');
    await user.click(screen.getByRole('button', { name: '登记' }));
    await screen.findByText('服务器未接受此项，请检查后重试');
    await screen.findByText('未能登记纠纷');
    await screen.findByText('请按提示修改后再提交。');
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.body).toMatchObject({
      title: '楼上噪音',
      disputeType: 'neighbour',
      riskLevel: 'medium',
      source: 'resident',
      place: { streetId: 'ruijing', communityId: 'ruiyiyuan', gridId: 'ruiyiyuan-g01' },
      parties: [{ name: '赵明', role: 'applicant' }],
    });
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText('姓名')).toHaveProperty('value', '赵明'));
  });
});
