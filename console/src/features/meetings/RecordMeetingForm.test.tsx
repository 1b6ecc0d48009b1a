import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { communityStaff } from '../../testing/accounts.ts';
import { organisation } from '../../testing/caseFixtures.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { RecordMeetingForm } from './RecordMeetingForm.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('When a resident meeting is recorded', () => {
  it('checks the form first, then sends each matter with its own id', async () => {
    const requests = fakeServer(() => ({
      status: 400,
      body: {
        title: 'Bad request',
        status: 400,
        detail: 'Invalid request body: matters[0].title: must not be blank',
        errors: [{ field: 'matters[0].title', message: 'must not be blank' }],
      },
    }));
    renderAs(
      communityStaff,
      <RecordMeetingForm communityId="ruiyiyuan" grids={organisation.grids} onClose={() => {}} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '记录并立案' }));
    expect(await screen.findAllByText('请填写此项')).not.toHaveLength(0);
    await user.type(screen.getByLabelText('参加居民人数'), '0');
    await screen.findByText('请输入 1 到 10000 之间的整数');
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);

    await user.type(screen.getByLabelText('主题'), '楼道照明');
    await user.type(screen.getByLabelText('地点'), '社区党群服务中心');
    await user.clear(screen.getByLabelText('参加居民人数'));
    await user.type(screen.getByLabelText('参加居民人数'), '12');
    await user.type(screen.getByLabelText('标题'), '感应灯损坏');
    await user.click(screen.getByLabelText('事件类别'));
    await user.click(await screen.findByTitle('设施维修'));
    await user.click(screen.getByLabelText('所属网格'));
    await user.click(await screen.findByTitle(organisation.grids[0]!.name));
    await user.type(screen.getByLabelText('具体情况'), '三至五层感应灯不亮');
    await user.click(screen.getByRole('button', { name: '记录并立案' }));

    await screen.findByText('服务器未接受此项，请检查后重试');
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.path).toBe('/api/meetings');
    expect(post?.body).toMatchObject({
      meetingId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      communityId: 'ruiyiyuan',
      topic: '楼道照明',
      venue: '社区党群服务中心',
      residentsAttending: 12,
      matters: [
        {
          matterId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          title: '感应灯损坏',
          category: 'facility',
          riskLevel: 'low',
          gridId: 'ruiyiyuan-g01',
          description: '三至五层感应灯不亮',
        },
      ],
    });
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
  }, 30_000);
});
