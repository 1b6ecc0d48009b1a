import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GridEstablished } from '@gridline/events';
import { requiredChoice, requiredText } from '../../common/ui/formRules.ts';

const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
const sources = ['resident', 'inspection', 'hotline', 'meeting', 'referral'] as const;

/** What every new case asks: title, what happened, where, how risky, where it came from. */
export function CommonCaseFields({ grid }: { readonly grid: GridEstablished | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="title" label={t('field.title')} rules={requiredText(t, 200)}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('field.description')} rules={requiredText(t, 4000)}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="buildingId" label={t('field.building')}>
        <Select
          allowClear
          options={(grid?.buildings ?? []).map((b) => ({ value: b.buildingId, label: b.name }))}
        />
      </Form.Item>
      <Form.Item
        name="riskLevel"
        label={t('field.riskLevel')}
        initialValue="medium"
        rules={requiredChoice(t)}
      >
        <Select options={riskLevels.map((value) => ({ value, label: t(`words.risk.${value}`) }))} />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('field.source')}
        initialValue="resident"
        rules={requiredChoice(t)}
      >
        <Select options={sources.map((value) => ({ value, label: t(`words.source.${value}`) }))} />
      </Form.Item>
    </>
  );
}
