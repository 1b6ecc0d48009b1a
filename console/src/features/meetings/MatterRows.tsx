import type { GridEstablished } from '@gridline/events';
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredChoice, requiredText } from '../../common/ui/formRules.ts';

const categories = ['hazard', 'environment', 'facility', 'request', 'welfare', 'other'] as const;
const riskLevels = ['low', 'medium', 'high', 'critical'] as const;

/**
 * 收集事项: each matter residents raised, which becomes a case at the community. Its id is
 * minted when the row is added, so sending the form again opens no second case.
 */
export function MatterRows({ grids }: { readonly grids: readonly GridEstablished[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const watched = Form.useWatch('matters', form) as { gridId?: string }[] | undefined;
  const buildingsOf = (index: number) =>
    grids.find((grid) => grid.gridId === watched?.[index]?.gridId)?.buildings ?? [];
  return (
    <Form.List name="matters">
      {(fields, { add, remove }) => (
        <div className="form-rows" role="group" aria-label={t('meetings.form.matters')}>
          <div className="parties-title">{t('meetings.form.matters')}</div>
          {fields.map((field, index) => (
            <div key={field.key} className="matter-row" data-matter={index}>
              <Space wrap align="start">
                <Form.Item
                  name={[field.name, 'title']}
                  label={t('field.title')}
                  rules={requiredText(t, 200)}
                >
                  <Input style={{ width: 220 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'category']}
                  label={t('field.category')}
                  rules={requiredChoice(t)}
                >
                  <Select
                    style={{ width: 120 }}
                    options={categories.map((value) => ({
                      value,
                      label: t(`words.category.${value}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'riskLevel']}
                  label={t('field.riskLevel')}
                  rules={requiredChoice(t)}
                >
                  <Select
                    style={{ width: 100 }}
                    options={riskLevels.map((value) => ({
                      value,
                      label: t(`words.risk.${value}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'gridId']}
                  label={t('meetings.form.grid')}
                  rules={requiredChoice(t)}
                >
                  <Select
                    style={{ width: 160 }}
                    options={grids.map((grid) => ({ value: grid.gridId, label: grid.name }))}
                    onChange={() =>
                      form.setFieldValue(['matters', field.name, 'buildingId'], undefined)
                    }
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'buildingId']} label={t('field.building')}>
                  <Select
                    allowClear
                    style={{ width: 120 }}
                    options={buildingsOf(index).map((b) => ({
                      value: b.buildingId,
                      label: b.name,
                    }))}
                  />
                </Form.Item>
              </Space>
              <Form.Item
                name={[field.name, 'description']}
                label={t('field.description')}
                rules={requiredText(t, 4000)}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
              {fields.length > 1 && (
                <Button onClick={() => remove(field.name)}>{t('common.remove')}</Button>
              )}
            </div>
          ))}
          <Button onClick={() => add({ matterId: crypto.randomUUID(), riskLevel: 'low' })}>
            {t('meetings.form.addMatter')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
