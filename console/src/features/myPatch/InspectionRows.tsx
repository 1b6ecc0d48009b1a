import type { GridEstablished } from '@gridline/events';
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { optionalText, requiredChoice, requiredText } from '../../common/ui/formRules.ts';

const welfareStatuses = ['well', 'needs_attention', 'no_response'] as const;
const categories = ['hazard', 'environment', 'facility', 'request', 'welfare', 'other'] as const;
const riskLevels = ['low', 'medium', 'high', 'critical'] as const;

const buildingOptions = (grid: GridEstablished) =>
  grid.buildings.map((b) => ({ value: b.buildingId, label: b.name }));

/** 走访楼栋: each building walked and how many of its households were visited. */
export function VisitedBuildings({ grid }: { readonly grid: GridEstablished }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const householdsOf = (index: number): number | undefined => {
    const buildingId = form.getFieldValue(['buildingsVisited', index, 'buildingId']) as string;
    return grid.buildings.find((b) => b.buildingId === buildingId)?.households;
  };
  return (
    <Form.List name="buildingsVisited">
      {(fields, { add, remove }) => (
        <div className="form-rows" role="group" aria-label={t('patch.form.buildings')}>
          <div className="parties-title">{t('patch.form.buildings')}</div>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start">
              <Form.Item
                name={[field.name, 'buildingId']}
                label={t('field.building')}
                rules={requiredChoice(t)}
              >
                <Select style={{ width: 160 }} options={buildingOptions(grid)} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'householdsVisited']}
                label={t('patch.form.households')}
                dependencies={[['buildingsVisited', field.name, 'buildingId']]}
                normalize={(value: string) => (value === '' ? undefined : Number(value))}
                rules={[
                  { required: true, message: t('form.required') },
                  {
                    validator: async (_, value: number | undefined) => {
                      const most = householdsOf(field.name);
                      if (value === undefined) return;
                      if (!Number.isInteger(value) || value < 0)
                        throw new Error(t('patch.form.wholeNumber'));
                      if (most !== undefined && value > most)
                        throw new Error(t('patch.form.tooManyHouseholds', { most }));
                    },
                  },
                ]}
              >
                <Input type="number" min={0} style={{ width: 120 }} />
              </Form.Item>
              <Button onClick={() => remove(field.name)}>{t('common.remove')}</Button>
            </Space>
          ))}
          <Button onClick={() => add({})}>{t('patch.form.addBuilding')}</Button>
        </div>
      )}
    </Form.List>
  );
}

/** 早看窗帘晚看灯: the elderly residents looked in on, and how they were. */
export function WelfareCheckRows({ grid }: { readonly grid: GridEstablished }) {
  const { t } = useTranslation();
  return (
    <Form.List name="welfareChecks">
      {(fields, { add, remove }) => (
        <div className="form-rows" role="group" aria-label={t('patch.welfareChecks')}>
          <div className="parties-title">{t('patch.welfareChecks')}</div>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start">
              <Form.Item
                name={[field.name, 'buildingId']}
                label={t('field.building')}
                rules={requiredChoice(t)}
              >
                <Select style={{ width: 140 }} options={buildingOptions(grid)} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'residentName']}
                label={t('patch.form.resident')}
                rules={requiredText(t, 100)}
              >
                <Input style={{ width: 120 }} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'status']}
                label={t('patch.form.welfareStatus')}
                rules={requiredChoice(t)}
              >
                <Select
                  style={{ width: 120 }}
                  options={welfareStatuses.map((value) => ({
                    value,
                    label: t(`patch.welfare.${value}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'note']}
                label={t('patch.form.note')}
                rules={optionalText(t, 4000)}
              >
                <Input />
              </Form.Item>
              <Button onClick={() => remove(field.name)}>{t('common.remove')}</Button>
            </Space>
          ))}
          <Button onClick={() => add({ status: 'well' })}>{t('patch.form.addWelfare')}</Button>
        </div>
      )}
    </Form.List>
  );
}

/**
 * 发现问题: what the patrol found. A finding given a risk level opens a case; its ids are
 * minted when the row is added, so sending the form again opens no second case.
 */
export function FindingRows({ grid }: { readonly grid: GridEstablished }) {
  const { t } = useTranslation();
  return (
    <Form.List name="findings">
      {(fields, { add, remove }) => (
        <div className="form-rows" role="group" aria-label={t('patch.form.findings')}>
          <div className="parties-title">{t('patch.form.findings')}</div>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start">
              <Form.Item
                name={[field.name, 'title']}
                label={t('field.title')}
                rules={requiredText(t, 200)}
              >
                <Input style={{ width: 200 }} />
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
              <Form.Item name={[field.name, 'buildingId']} label={t('field.building')}>
                <Select allowClear style={{ width: 140 }} options={buildingOptions(grid)} />
              </Form.Item>
              <Form.Item name={[field.name, 'riskLevel']} label={t('patch.form.openCase')}>
                <Select
                  allowClear
                  placeholder={t('patch.form.noCase')}
                  style={{ width: 140 }}
                  options={riskLevels.map((value) => ({
                    value,
                    label: t('patch.form.caseAtRisk', { risk: t(`words.risk.${value}`) }),
                  }))}
                />
              </Form.Item>
              <Button onClick={() => remove(field.name)}>{t('common.remove')}</Button>
            </Space>
          ))}
          <Button
            onClick={() => add({ findingId: crypto.randomUUID(), caseId: crypto.randomUUID() })}
          >
            {t('patch.form.addFinding')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
