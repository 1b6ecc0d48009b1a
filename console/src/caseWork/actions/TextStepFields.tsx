import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../caseTypes.ts';
import { requiredChoice, requiredText } from '../../common/ui/formRules.ts';

const outcomes = ['mediated', 'fixed', 'explained', 'referred_to_court', 'withdrawn'] as const;

export function ResolutionFields({ state }: { readonly state: CaseState }) {
  const { t } = useTranslation();
  // Only a dispute can be resolved as mediated.
  const offered = outcomes.filter((outcome) => outcome !== 'mediated' || state.kind === 'dispute');
  return (
    <>
      <Form.Item name="outcome" label={t('field.resolutionOutcome')} rules={requiredChoice(t)}>
        <Select
          options={offered.map((value) => ({
            value,
            label: t(`words.resolutionOutcome.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="summary" label={t('field.resolutionSummary')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

export function NoteFields() {
  const { t } = useTranslation();
  return (
    <Form.Item name="text" label={t('field.note')} rules={requiredText(t, 4000)}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
}
