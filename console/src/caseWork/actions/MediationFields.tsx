import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { optionalText, requiredChoice, requiredText } from '../../common/ui/formRules.ts';

const outcomes = ['agreement', 'partial', 'failed'] as const;

export function MediationFields() {
  const { t } = useTranslation();
  const outcome = Form.useWatch<string | undefined>('outcome', Form.useFormInstance());
  return (
    <>
      <Form.Item name="outcome" label={t('field.mediationOutcome')} rules={requiredChoice(t)}>
        <Radio.Group
          options={outcomes.map((value) => ({
            value,
            label: t(`words.mediationOutcome.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="summary" label={t('field.mediationSummary')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="mediatorName" label={t('field.mediatorName')} rules={optionalText(t, 100)}>
        <Input />
      </Form.Item>
      {/* A failed mediation has no agreement terms: the API refuses them. */}
      {outcome !== 'failed' && (
        <Form.Item
          name="agreementTerms"
          label={t('field.agreementTerms')}
          rules={optionalText(t, 4000)}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
    </>
  );
}
