import { Alert, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { optionalText, requiredChoice, requiredText } from '../../common/ui/formRules.ts';
import { unsatisfiedOnLatest } from '../availableActions.ts';
import type { CaseState } from '../caseTypes.ts';
import {
  returnVisitMethods,
  returnVisitRatings,
  verificationMethods,
  verificationOutcomes,
} from './choices.ts';

/** 核查: a second pair of eyes; a failed check sends the case back to work where it was resolved. */
export function VerifyFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="outcome" label={t('field.verificationOutcome')} rules={requiredChoice(t)}>
        <Radio.Group
          options={verificationOutcomes.map((value) => ({
            value,
            label: t(`words.verification.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="method" label={t('field.verificationMethod')} rules={requiredChoice(t)}>
        <Select
          options={verificationMethods.map((value) => ({
            value,
            label: t(`choice.verificationMethod.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('field.note')} rules={optionalText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

/** 回访: what the resident says of this resolution; never made by whoever resolved it. */
export function ReturnVisitFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="rating" label={t('field.rating')} rules={requiredChoice(t)}>
        <Radio.Group
          options={returnVisitRatings.map((value) => ({
            value,
            label: t(`words.rating.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="method" label={t('field.visitMethod')} rules={requiredChoice(t)}>
        <Select
          options={returnVisitMethods.map((value) => ({
            value,
            label: t(`choice.visitMethod.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="respondentName"
        label={t('field.respondentName')}
        rules={optionalText(t, 100)}
      >
        <Input />
      </Form.Item>
      <Form.Item name="respondentPhone" label={t('field.phone')} rules={optionalText(t, 40)}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="comment" label={t('field.comment')} rules={optionalText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

/** 重新办理: for an unsatisfied visit or new facts; it goes back where it was resolved. */
export function ReopenFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  const triggers = unsatisfiedOnLatest(state)
    ? (['return_visit_unsatisfied', 'new_information'] as const)
    : (['new_information'] as const);
  return (
    <>
      <Form.Item
        name="trigger"
        label={t('field.reopenTrigger')}
        rules={requiredChoice(t)}
        initialValue={triggers[0]}
      >
        <Select
          options={triggers.map((value) => ({ value, label: t(`choice.reopenTrigger.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('field.reason')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

/** 归档: after an unsatisfied visit only the street closes it, and says why (诉求不合理…). */
export function CloseFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  const overrule = unsatisfiedOnLatest(state);
  return (
    <>
      {overrule && <Alert type="warning" showIcon title={t('field.overruleExplain')} />}
      {overrule && (
        <Form.Item
          name="overruleReason"
          label={t('field.overruleReason')}
          rules={requiredText(t, 4000)}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('field.closingNote')} rules={optionalText(t, 4000)}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}
