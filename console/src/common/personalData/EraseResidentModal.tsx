import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { requiredText } from '../ui/formRules.ts';
import { erasePersonalData, type ErasableResident } from './erasePersonalData.ts';

/**
 * Erasing one resident's data on their request: a reason, recorded for the auditor, and
 * an explicit confirmation, since it cannot be undone.
 */
export function EraseResidentModal({
  caseId,
  resident,
  residentLabel,
  onClose,
}: {
  readonly caseId: string;
  readonly resident: ErasableResident;
  readonly residentLabel: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const erase = useMutation({
    mutationFn: (reason: string) => erasePersonalData(caseId, resident, reason.trim()),
    onSuccess: async () => {
      // Every view of the case now reads the resident as erased.
      await queries.invalidateQueries();
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('caseView.eraseTitle', { resident: residentLabel })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('caseView.eraseExplain')}</Typography.Paragraph>
      {erase.error && <ProblemAlert error={erase.error} doing={t('caseView.eraseDoing')} />}
      <Form
        layout="vertical"
        onFinish={(values: { reason: string }) => erase.mutate(values.reason)}
        disabled={erase.isPending}
      >
        <Form.Item name="reason" label={t('caseView.eraseReason')} rules={requiredText(t, 4000)}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="confirmed"
          valuePropName="checked"
          rules={[
            {
              validator: (_rule, checked: boolean) =>
                checked
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('caseView.eraseConfirmNeeded'))),
            },
          ]}
        >
          <Checkbox>{t('caseView.eraseConfirm')}</Checkbox>
        </Form.Item>
        <Button danger type="primary" htmlType="submit" loading={erase.isPending}>
          {t('caseView.eraseSubmit')}
        </Button>
      </Form>
    </Modal>
  );
}
