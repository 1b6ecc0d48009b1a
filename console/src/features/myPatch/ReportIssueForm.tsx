import type { GridEstablished } from '@gridline/events';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandAnswer } from '../../caseWork/caseTypes.ts';
import { withoutBlanks } from '../../common/api/withoutBlanks.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { optionalText, requiredChoice } from '../../common/ui/formRules.ts';
import { CommonCaseFields } from './CommonCaseFields.tsx';
import { newCasePlace } from './newCaseBody.ts';
import { reportIssue, type ReportIssueBody } from './reportIssue.ts';
import { phoneRules } from './residentRules.ts';
import { useOpenCase } from './useOpenCase.ts';

const categories = ['hazard', 'environment', 'facility', 'request', 'welfare', 'other'] as const;

interface ReportIssueFormProps {
  readonly grid: GridEstablished;
  readonly streetId: string;
  readonly onClose: (opened?: CommandAnswer) => void;
}

/** 上报事件: a hazard, a request, a welfare concern…; the reporter is optional. */
export function ReportIssueForm({ grid, streetId, onClose }: ReportIssueFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const opening = useOpenCase<ReportIssueBody>(form, reportIssue, onClose);
  const submit = (values: Record<string, unknown>) => {
    const { buildingId, reporterName, reporterPhone, ...rest } = values as Record<
      string,
      string | undefined
    >;
    const reporter = withoutBlanks({ name: reporterName, phone: reporterPhone });
    opening.mutate({
      ...(withoutBlanks(rest) as Omit<ReportIssueBody, 'place'>),
      place: newCasePlace(streetId, grid, buildingId),
      ...(reporter['name'] ? { reporter: reporter as { name: string; phone?: string } } : {}),
    });
  };
  return (
    <Modal
      open
      title={t('myPatch.reportIssue')}
      onCancel={() => onClose()}
      footer={null}
      mask={{ closable: false }}
      width={640}
    >
      <Form form={form} layout="vertical" onFinish={submit} disabled={opening.isPending}>
        {opening.error && (
          <ProblemAlert
            error={opening.error}
            doing={t('myPatch.doing.reportIssue')}
            onRetry={() => form.submit()}
          />
        )}
        <CommonCaseFields grid={grid} />
        <Form.Item name="category" label={t('field.category')} rules={requiredChoice(t)}>
          <Select
            options={categories.map((value) => ({ value, label: t(`words.category.${value}`) }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="reporterName"
            label={t('field.reporterName')}
            rules={optionalText(t, 100)}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="reporterPhone"
            label={t('field.phone')}
            dependencies={['reporterName']}
            rules={[
              ...phoneRules(t),
              ({ getFieldValue }) => ({
                // A phone number belongs to someone: the API takes it only with a name.
                validator: (_, value) =>
                  value && !String(getFieldValue('reporterName') ?? '').trim()
                    ? Promise.reject(new Error(t('form.phoneNeedsName')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input inputMode="tel" />
          </Form.Item>
        </Space>
        <Space className="form-buttons">
          <Button type="primary" htmlType="submit" loading={opening.isPending}>
            {t('myPatch.submitIssue')}
          </Button>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
