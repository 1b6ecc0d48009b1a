import type { EscalationReason } from '@gridline/events';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { departmentName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { levelAbove } from '../availableActions.ts';
import type { CaseState } from '../caseTypes.ts';
import { optionalText, requiredChoice } from '../../common/ui/formRules.ts';

/**
 * The reasons the case's record bears out (the server refuses the others with 409):
 * a failed mediation at this level, a missed deadline here, a high risk. Beyond authority is
 * the escalating person's judgement. An unsatisfied resident's case is reopened first.
 */
export function reasonsBorneOut(state: CaseState): EscalationReason[] {
  const reasons: EscalationReason[] = ['beyond_authority'];
  if (state.failedMediationLevels.includes(state.level)) reasons.push('mediation_failed');
  if (state.missedDeadlines.some((missed) => missed.level === state.level)) reasons.push('overdue');
  if (state.riskLevel === 'high' || state.riskLevel === 'critical') reasons.push('high_risk');
  if (state.reopenCount > 0) reasons.push('resident_unsatisfied');
  return reasons;
}

export function EscalationFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const toLevel = levelAbove(state.level);
  const departments = (organisation.data?.departments ?? []).filter(
    (d) => d.belongsTo.kind === 'district' || d.belongsTo.id === state.place.streetId,
  );
  return (
    <>
      <Form.Item
        name="toLevel"
        label={t('field.toLevel')}
        initialValue={toLevel}
        rules={requiredChoice(t)}
      >
        <Select
          disabled
          options={toLevel ? [{ value: toLevel, label: t(`words.level.${toLevel}`) }] : []}
        />
      </Form.Item>
      {toLevel === 'department' && (
        <Form.Item name="departmentId" label={t('field.department')} rules={requiredChoice(t)}>
          <Select
            options={departments.map((d) => ({
              value: d.departmentId,
              label: departmentName(organisation.data, d.departmentId),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="reason" label={t('field.escalationReason')} rules={requiredChoice(t)}>
        <Select
          options={reasonsBorneOut(state).map((value) => ({
            value,
            label: t(`words.escalationReason.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="explanation" label={t('field.explanation')} rules={optionalText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
