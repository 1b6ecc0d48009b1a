import type { Level, StaffRole } from '@gridline/events';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffPost } from '../../common/organisation/organisationTypes.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import type { CaseState } from '../caseTypes.ts';
import { optionalText, requiredChoice } from '../../common/ui/formRules.ts';

// Who can take a case at each level (the server checks the same, by the organisation).
const takersAt: Record<Level, readonly StaffRole[]> = {
  grid: ['grid_worker', 'grid_leader'],
  community: ['community_staff'],
  street: ['street_supervisor'],
  department: ['department_liaison'],
};

const scopeIdAt = (state: CaseState): string | null => {
  switch (state.level) {
    case 'grid':
      return state.place.gridId;
    case 'community':
      return state.place.communityId;
    case 'street':
      return state.place.streetId;
    case 'department':
      return state.departmentId;
  }
};

export const eligibleAssignees = (staff: readonly StaffPost[], state: CaseState): StaffPost[] =>
  staff.filter(
    (post) =>
      takersAt[state.level].includes(post.role) &&
      post.scope.id === scopeIdAt(state) &&
      post.personId !== state.assignment?.assigneeId,
  );

export function AssignFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const options = eligibleAssignees(organisation.data?.staff ?? [], state).map((post) => ({
    value: post.personId,
    label: t('common.personWithRole', {
      name: post.displayName,
      role: t(`words.role.${post.role}`),
    }),
  }));
  return (
    <>
      <Form.Item name="assigneeId" label={t('field.assignee')} rules={requiredChoice(t)}>
        <Select
          options={options}
          loading={organisation.isPending}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item name="instructions" label={t('field.instructions')} rules={optionalText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
