import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gridLeader } from '../../testing/accounts.ts';
import {
  caseId,
  disputeAtGrid,
  historyAfterDispatch,
  organisation,
} from '../../testing/caseFixtures.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { CaseActionDialog } from './CaseActionDialog.tsx';

const assigned = {
  ...disputeAtGrid,
  status: 'assigned' as const,
  assignment: { assigneeId: 'worker-ruiyiyuan-g01-1', dispatcherId: 'leader-ruiyiyuan-g01' },
};

afterEach(() => vi.unstubAllGlobals());

describe('When someone else changed the case while the person was typing', () => {
  it('says so, shows what changed, keeps the text, and sends it again on the current revision', async () => {
    const requests = fakeServer(({ method, path, headers }) => {
      if (path === `/api/cases/${caseId}`)
        return { status: 200, body: { caseId, revision: '0', state: disputeAtGrid } };
      if (path === `/api/cases/${caseId}/history`)
        return { status: 200, body: { caseId, revision: '1', events: historyAfterDispatch } };
      if (path === '/api/organisation') return { status: 200, body: organisation };
      if (method === 'POST' && headers.get('If-Match') === '"0"') {
        return {
          status: 409,
          body: {
            title: 'Conflict',
            status: 409,
            detail: 'stale',
            currentRevision: '1',
            currentState: assigned,
          },
        };
      }
      return {
        status: 200,
        body: {
          caseId,
          revision: '2',
          position: '12/12',
          events: ['CaseNoteAdded'],
          state: assigned,
        },
      };
    });
    const onClose = vi.fn();
    renderAs(gridLeader, <CaseActionDialog caseId={caseId} action="note" onClose={onClose} />);
    const user = userEvent.setup();

    const note = await screen.findByLabelText('备注');
    await user.type(note, '已电话联系申请人');
    await user.click(screen.getByRole('button', { name: '添加备注' }));

    await screen.findByText('此案件在您填写时已被他人更改');
    await screen.findByText('派单 → 万建华');
    expect(screen.getByLabelText('备注')).toHaveProperty('value', '已电话联系申请人');

    await user.click(screen.getByRole('button', { name: '我已核对，按最新状态再提交' }));
    await user.click(screen.getByRole('button', { name: '添加备注' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts.map((post) => post.headers.get('If-Match'))).toEqual(['"0"', '"1"']);
    expect(posts[1]?.body).toEqual({ text: '已电话联系申请人' });
    expect(posts[1]?.headers.get('X-CSRF-Token')).toBe('csrf-test');
  });
});

describe('When the server refuses the step', () => {
  it('explains the refusal in the person’s language and sends nothing else', async () => {
    fakeServer(({ method, path }) => {
      if (path === `/api/cases/${caseId}`)
        return { status: 200, body: { caseId, revision: '0', state: disputeAtGrid } };
      if (path === '/api/organisation') return { status: 200, body: organisation };
      if (method === 'POST')
        return {
          status: 403,
          body: { title: 'Forbidden', status: 403, detail: 'outside your scope' },
        };
      return { status: 404, body: {} };
    });
    renderAs(gridLeader, <CaseActionDialog caseId={caseId} action="note" onClose={() => {}} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('备注'), '说明');
    await user.click(screen.getByRole('button', { name: '添加备注' }));
    await screen.findByText('未能添加备注');
    await screen.findByText('此操作超出您的角色或管辖范围，服务器已拒绝，未记录任何内容。');
    expect(screen.queryByText('outside your scope')).toBeNull();
  });
});
