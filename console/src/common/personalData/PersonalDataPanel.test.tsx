import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, gridLeader, streetSupervisor } from '../../testing/accounts.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { mayErase } from './erasePersonalData.ts';
import type { Opening } from './openingOf.ts';
import { PersonalDataPanel } from './PersonalDataPanel.tsx';

afterEach(() => vi.unstubAllGlobals());

// As the case's history shows it: masked, the applicant already erased on request.
const opening = {
  type: 'DisputeLogged',
  data: {
    parties: [
      { name: '[erased]', phone: '[erased]', role: 'applicant' },
      { name: '钱*', phone: '138****8000', role: 'respondent' },
    ],
  },
} as unknown as Opening;

describe('Erasing one resident from the case view', () => {
  it('is offered to the admin and the supervisor of the case’s street only', () => {
    const street = streetSupervisor.scope.id;
    expect(mayErase(admin, street)).toBe(true);
    expect(mayErase(streetSupervisor, street)).toBe(true);
    expect(mayErase(streetSupervisor, 'another-street')).toBe(false);
    expect(mayErase(gridLeader, street)).toBe(false);
  });

  it('asks for a reason and a confirmation, then erases that resident only', async () => {
    const requests = fakeServer(() => ({ status: 200, body: {} }));
    renderAs(
      streetSupervisor,
      <PersonalDataPanel caseId="case-1" opening={opening} canReveal canErase />,
    );
    // The applicant is erased already: only the respondent can be.
    const buttons = screen.getAllByRole('button', { name: '删除…' });
    expect(buttons).toHaveLength(1);
    const user = userEvent.setup();
    await user.click(buttons[0]!);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('删除被申请人的个人信息')).toBeTruthy();
    await user.type(
      within(dialog).getByLabelText('申请人及核验方式'),
      '本人书面申请，已核验身份证。',
    );
    await user.click(within(dialog).getByRole('button', { name: '删除' }));
    expect(await within(dialog).findByText('请确认删除后无法恢复')).toBeTruthy();
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);

    await user.click(within(dialog).getByLabelText('我已知晓删除后无法恢复'));
    await user.click(within(dialog).getByRole('button', { name: '删除' }));
    await vi.waitFor(() =>
      expect(requests.find((request) => request.method === 'POST')).toMatchObject({
        path: '/api/cases/case-1/personal-data-erasures',
        body: { reason: '本人书面申请，已核验身份证。', residents: 'parties[1]' },
      }),
    );
  });

  it('offers no erasure to those who may not erase', () => {
    renderAs(gridLeader, <PersonalDataPanel caseId="case-1" opening={opening} canReveal />);
    expect(screen.queryByRole('button', { name: '删除…' })).toBeNull();
  });
});
