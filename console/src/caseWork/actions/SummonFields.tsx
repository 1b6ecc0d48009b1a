import { Form, Input, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { departmentName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { requiredChoice, requiredText } from '../../common/ui/formRules.ts';
import { owedReports } from '../availableActions.ts';
import type { CaseState } from '../caseTypes.ts';

/**
 * 吹哨: one lead department (主办) and any assisting ones (协办), each to report by the
 * policy's deadline (30 minutes when urgent, else the next working day's end) or sooner.
 * A department that still owes a report on this case cannot be summoned again.
 */
export function SummonFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const owing = new Set(owedReports(state).map(({ department }) => department.departmentId));
  const options = (organisation.data?.departments ?? [])
    .filter((d) => d.belongsTo.kind === 'district' || d.belongsTo.id === state.place.streetId)
    .filter((d) => !owing.has(d.departmentId))
    .map((d) => ({
      value: d.departmentId,
      label: departmentName(organisation.data, d.departmentId),
    }));
  const lead = Form.useWatch<string | undefined>('leadDepartmentId');
  const assisting = Form.useWatch<string[] | undefined>('assistingDepartmentIds') ?? [];
  // Each named department gets its own report deadline: the policy's unless set sooner here.
  const named = lead ? [lead, ...assisting.filter((id) => id !== lead)] : assisting;
  return (
    <>
      <Form.Item
        name="leadDepartmentId"
        label={t('field.leadDepartment')}
        rules={requiredChoice(t)}
      >
        <Select
          options={options}
          loading={organisation.isPending}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item name="assistingDepartmentIds" label={t('field.assistingDepartments')}>
        <Select
          mode="multiple"
          options={options.filter((option) => option.value !== lead)}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item
        name="urgent"
        label={t('field.urgent')}
        valuePropName="checked"
        initialValue={false}
        extra={t('field.urgentHint')}
      >
        <Switch />
      </Form.Item>
      <Form.Item name="request" label={t('field.summonsRequest')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {named.length > 0 && (
        <Typography.Paragraph type="secondary">{t('field.reportByHint')}</Typography.Paragraph>
      )}
      {named.map((departmentId) => (
        <Form.Item
          key={departmentId}
          name={['reportBy', departmentId]}
          label={t('field.reportByOf', {
            department: departmentName(organisation.data, departmentId),
          })}
        >
          <Input type="datetime-local" />
        </Form.Item>
      ))}
    </>
  );
}
