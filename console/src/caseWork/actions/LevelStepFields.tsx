import { riskLevels } from './choices.ts';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { requiredChoice, requiredText } from '../../common/ui/formRules.ts';
import { levelBelow } from '../availableActions.ts';
import type { CaseState } from '../caseTypes.ts';
import { localOfInstant } from './requestBodies.ts';

/** 退单: one level down, with why and what the level below should do. */
export function ReturnFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  const toLevel = levelBelow(state.level);
  return (
    <>
      <Form.Item
        name="toLevel"
        label={t('field.returnTo')}
        initialValue={toLevel}
        rules={requiredChoice(t)}
      >
        <Select
          disabled
          options={toLevel ? [{ value: toLevel, label: t(`words.level.${toLevel}`) }] : []}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('field.returnReason')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="guidance" label={t('field.guidance')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

/** 风险研判: a new risk level (the deadline in force stays; the next level's follows it). */
export function RiskFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('field.currentRisk')}>
        <span>{t(`words.risk.${state.riskLevel}`)}</span>
      </Form.Item>
      <Form.Item name="riskLevel" label={t('field.newRisk')} rules={requiredChoice(t)}>
        <Select
          options={riskLevels
            .filter((risk) => risk !== state.riskLevel)
            .map((risk) => ({ value: risk, label: t(`words.risk.${risk}`) }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('field.reason')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

/** 延期: a later deadline with a reason; the original deadline stays on record. */
export function ExtendDeadlineFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const due = state.deadline?.due;
  return (
    <>
      <Form.Item label={t('field.deadlineInForce')}>
        <span>{format.dateTime(due)}</span>
      </Form.Item>
      <Form.Item
        name="newDeadline"
        label={t('field.newDeadline')}
        extra={t('field.newDeadlineHint')}
        rules={[
          ...requiredChoice(t),
          {
            validator: async (_, value: string | undefined) => {
              if (!value || !due || new Date(value).getTime() > new Date(due).getTime()) return;
              throw new Error(t('field.newDeadlineLater'));
            },
          },
        ]}
      >
        <Input type="datetime-local" min={due ? localOfInstant(due) : undefined} />
      </Form.Item>
      <Form.Item name="reason" label={t('field.extensionReason')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
