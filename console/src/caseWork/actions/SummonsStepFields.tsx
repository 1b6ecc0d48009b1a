import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { departmentName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { requiredChoice, requiredText } from '../../common/ui/formRules.ts';
import { owedReports } from '../availableActions.ts';
import type { CaseState } from '../caseTypes.ts';
import { reportEntryValue } from './requestBodies.ts';

/** 报到: the liaison reports in on the summons their department owes, and says what it does. */
export function ReportFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const organisation = useOrganisation().data;
  const mine = owedReports(state).filter(
    ({ department }) => account.role === 'admin' || department.departmentId === account.scope.id,
  );
  const options = mine.map(({ summons, department }) => ({
    value: reportEntryValue(summons.summonsId, department.departmentId),
    label: t('field.owedReport', {
      department: departmentName(organisation, department.departmentId),
      role: t(`choice.summonsRole.${department.role}`),
      reportBy: format.dateTime(department.reportBy),
    }),
  }));
  return (
    <>
      <Form.Item
        name="entry"
        label={t('field.summons')}
        rules={requiredChoice(t)}
        initialValue={options.length === 1 ? options[0]?.value : undefined}
      >
        <Select options={options} />
      </Form.Item>
      <Form.Item
        name="response"
        label={t('field.departmentResponse')}
        rules={requiredText(t, 4000)}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

/** 撤回吹哨: the departments that have not reported are called off, with a reason. */
export function WithdrawSummonsFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  const organisation = useOrganisation().data;
  const bySummons = new Map<string, string[]>();
  for (const { summons, department } of owedReports(state)) {
    const names = bySummons.get(summons.summonsId) ?? [];
    names.push(departmentName(organisation, department.departmentId));
    bySummons.set(summons.summonsId, names);
  }
  const options = [...bySummons].map(([summonsId, names]) => ({
    value: summonsId,
    label: names.join('、'),
  }));
  return (
    <>
      <Form.Item
        name="summonsId"
        label={t('field.summonsToWithdraw')}
        rules={requiredChoice(t)}
        initialValue={options.length === 1 ? options[0]?.value : undefined}
      >
        <Select options={options} />
      </Form.Item>
      <Form.Item name="reason" label={t('field.reason')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
