import type { GridEstablished } from '@gridline/events';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandAnswer } from '../../caseWork/caseTypes.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { requiredChoice, requiredText } from '../../common/ui/formRules.ts';
import { CommonCaseFields } from './CommonCaseFields.tsx';
import { logDispute, type LogDisputeBody } from './logDispute.ts';
import { withoutBlanks } from '../../common/api/withoutBlanks.ts';
import { newCasePlace } from './newCaseBody.ts';
import { idNumberRules, phoneRules } from './residentRules.ts';
import { useOpenCase } from './useOpenCase.ts';

const disputeTypes = [
  'neighbour',
  'family',
  'parking',
  'property_management',
  'land_compensation',
  'labour',
  'other',
] as const;
const partyRoles = ['applicant', 'respondent', 'other'] as const;

interface LogDisputeFormProps {
  readonly grid: GridEstablished;
  readonly streetId: string;
  readonly onClose: (opened?: CommandAnswer) => void;
}

/** 登记纠纷: who is in dispute with whom, about what; it opens at the grid. */
export function LogDisputeForm({ grid, streetId, onClose }: LogDisputeFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const opening = useOpenCase<LogDisputeBody>(form, logDispute, onClose);
  const submit = (values: Record<string, unknown>) => {
    const { buildingId, parties, ...rest } = values as {
      buildingId?: string;
      parties: Record<string, unknown>[];
    };
    opening.mutate({
      ...(rest as Omit<LogDisputeBody, 'place' | 'parties'>),
      place: newCasePlace(streetId, grid, buildingId),
      parties: parties.map((party) => withoutBlanks(party) as LogDisputeBody['parties'][number]),
    });
  };
  return (
    <Modal
      open
      title={t('myPatch.logDispute')}
      onCancel={() => onClose()}
      footer={null}
      mask={{ closable: false }}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={opening.isPending}
        initialValues={{ parties: [{ role: 'applicant' }] }}
      >
        {opening.error && (
          <ProblemAlert
            error={opening.error}
            doing={t('myPatch.doing.logDispute')}
            onRetry={() => form.submit()}
          />
        )}
        <CommonCaseFields grid={grid} />
        <Form.Item name="disputeType" label={t('field.disputeType')} rules={requiredChoice(t)}>
          <Select
            options={disputeTypes.map((value) => ({
              value,
              label: t(`words.disputeType.${value}`),
            }))}
          />
        </Form.Item>
        <Form.List name="parties">
          {(fields, { add, remove }) => (
            <div className="parties" role="group" aria-label={t('field.parties')}>
              <div className="parties-title">{t('field.parties')}</div>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start" className="party-row">
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('field.partyName')}
                    rules={requiredText(t, 100)}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'role']}
                    label={t('field.partyRole')}
                    rules={requiredChoice(t)}
                  >
                    <Select
                      style={{ width: 120 }}
                      options={partyRoles.map((value) => ({
                        value,
                        label: t(`words.partyRole.${value}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'phone']}
                    label={t('field.phone')}
                    rules={phoneRules(t)}
                  >
                    <Input inputMode="tel" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'idNumber']}
                    label={t('field.idNumber')}
                    rules={idNumberRules(t)}
                  >
                    <Input />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button onClick={() => remove(field.name)}>{t('common.remove')}</Button>
                  )}
                </Space>
              ))}
              <Button onClick={() => add({ role: 'respondent' })}>{t('myPatch.addParty')}</Button>
            </div>
          )}
        </Form.List>
        <Space className="form-buttons">
          <Button type="primary" htmlType="submit" loading={opening.isPending}>
            {t('myPatch.submitDispute')}
          </Button>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
