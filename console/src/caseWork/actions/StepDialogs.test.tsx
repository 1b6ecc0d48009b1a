import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { communityStaff, policeLiaison, streetSupervisor } from '../../testing/accounts.ts';
import { caseId, disputeAtGrid, organisation } from '../../testing/caseFixtures.ts';
import {
  fakeServer,
  renderAs,
  type FakeAnswer,
  type FakeRequest,
} from '../../testing/renderWithConsole.tsx';
import { summonsOf } from '../../testing/standings.ts';
import type { CaseState } from '../caseTypes.ts';
import { CaseActionDialog } from './CaseActionDialog.tsx';

afterEach(() => vi.unstubAllGlobals());

const answered = { caseId, revision: '3', position: '20/20', events: [] };

/** The case as `state`, the organisation, and `onPost` for the step. */
const serve = (state: CaseState, onPost: (request: FakeRequest) => FakeAnswer) =>
  fakeServer((request) => {
    if (request.method === 'POST') return onPost(request);
    if (request.path === `/api/cases/${caseId}`)
      return { status: 200, body: { caseId, revision: '2', state } };
    if (request.path === '/api/organisation') return { status: 200, body: organisation };
    return { status: 404, body: {} };
  });

describe('When community staff extend a grid deadline', () => {
  it('refuses an earlier time before sending, and shows the server’s refusal at the field', async () => {
    const requests = serve(disputeAtGrid, () => ({
      status: 400,
      body: {
        title: 'Bad Request',
        status: 400,
        detail: 'newDeadline: beyond the grid level’s period',
        errors: [{ field: 'newDeadline', message: 'beyond the grid level’s period' }],
      },
    }));
    renderAs(
      communityStaff,
      <CaseActionDialog caseId={caseId} action="extendDeadline" onClose={() => {}} />,
    );
    const user = userEvent.setup();
    const when = await screen.findByLabelText('新的办结时限');
    fireEvent.change(when, { target: { value: '2026-12-01T10:00' } });
    await user.type(screen.getByLabelText('延期理由'), '需等待房屋鉴定结果');
    await user.click(screen.getByRole('button', { name: '确认延期' }));
    await screen.findByText('新的时限须晚于现行时限');
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);

    fireEvent.change(when, { target: { value: '2026-12-04T18:00' } });
    await user.click(screen.getByRole('button', { name: '确认延期' }));
    await screen.findByText('服务器未接受此项，请检查后重试');
    await screen.findByText('未能延期');
    const [post] = requests.filter((r) => r.method === 'POST');
    expect(post?.path).toBe(`/api/cases/${caseId}/deadline-extensions`);
    expect(post?.body).toEqual({
      newDeadline: new Date('2026-12-04T18:00').toISOString(),
      reason: '需等待房屋鉴定结果',
    });
  });
});

describe('When a summoned department’s liaison reports in', () => {
  it('picks the one summons the department owes and sends it with the response', async () => {
    const atStreet = {
      ...disputeAtGrid,
      level: 'street',
      summonses: [
        summonsOf([{ departmentId: 'ruijing-judicial' }, { departmentId: 'ruijing-police' }]),
      ],
    } as CaseState;
    const requests = serve(atStreet, () => ({
      status: 200,
      body: { ...answered, id: caseId, state: atStreet },
    }));
    const onClose = vi.fn();
    renderAs(policeLiaison, <CaseActionDialog caseId={caseId} action="report" onClose={onClose} />);
    const user = userEvent.setup();
    await screen.findByText(/ruijing-police（协办）/);
    await user.type(screen.getByLabelText('报到情况与部门处置'), '已派两名民警到场');
    await user.click(screen.getByRole('button', { name: '确认报到' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [post] = requests.filter((r) => r.method === 'POST');
    expect(post?.path).toBe(`/api/cases/${caseId}/department-reports`);
    expect(post?.body).toEqual({
      summonsId: atStreet.summonses[0]?.summonsId,
      departmentId: 'ruijing-police',
      response: '已派两名民警到场',
    });
  });
});

describe('When the street closes a case after an unsatisfied visit', () => {
  it('asks for the street’s reason first, and sends it as the overrule', async () => {
    const unsatisfied = {
      ...disputeAtGrid,
      status: 'resolved',
      deadline: null,
      resolution: {
        number: 1,
        level: 'grid',
        outcome: 'explained',
        resolverId: 'x',
        resolvedAt: null,
      },
      verified: true,
      unsatisfiedResolutions: [1],
      returnVisits: [{ rating: 'unsatisfied', visitorId: 'y', recordedAt: null }],
    } as CaseState;
    const requests = serve(unsatisfied, () => ({
      status: 200,
      body: { ...answered, id: caseId, state: { ...unsatisfied, status: 'closed' } },
    }));
    renderAs(
      streetSupervisor,
      <CaseActionDialog caseId={caseId} action="close" onClose={() => {}} />,
    );
    const user = userEvent.setup();
    await screen.findByText(/最近一次回访不满意/);
    await user.click(screen.getByRole('button', { name: '确认归档' }));
    await screen.findByText('请填写此项');
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);
    await user.type(screen.getByLabelText('街道裁定理由'), '诉求不合理，已多次解释');
    await user.click(screen.getByRole('button', { name: '确认归档' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      overruleReason: '诉求不合理，已多次解释',
    });
  });
});
