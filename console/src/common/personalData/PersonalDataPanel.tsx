import { useMutation } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { requiredText } from '../ui/formRules.ts';
import { EraseResidentModal } from './EraseResidentModal.tsx';
import type { ErasableResident } from './erasePersonalData.ts';
import { residentsOf, withRevealed, type Opening } from './openingOf.ts';
import { revealPersonalData, type RevealableField } from './revealPersonalData.ts';

// What the server shows for a value whose resident's key was destroyed on request (the
// console imports no values from @gridline/events, so the marker is spelled out here).
const erasedMarker = '[erased]';

const fieldsOf = (kind: Opening['type']): RevealableField[] =>
  kind === 'DisputeLogged'
    ? ['parties[].name', 'parties[].phone', 'parties[].idNumber']
    : ['reporter.name', 'reporter.phone'];

/**
 * The residents on the case, masked (赵*, 138****8000). Unmasking asks why, and the server
 * records the reveal on the person's access log for the auditor.
 */
export function PersonalDataPanel({
  caseId,
  opening,
  canReveal,
  canErase = false,
}: {
  readonly caseId: string;
  readonly opening: Opening;
  readonly canReveal: boolean;
  /** Offered to those the server lets erase (the admin, the case's street supervisor). */
  readonly canErase?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [erasing, setErasing] = useState<{ resident: ErasableResident; label: string } | null>(
    null,
  );
  const reveal = useMutation({
    mutationFn: (reason: string) =>
      revealPersonalData(caseId, fieldsOf(opening.type), reason.trim()),
    onSuccess: () => setAsking(false),
  });
  const masked = residentsOf(opening);
  if (masked.length === 0) return null;
  const residents = reveal.data ? withRevealed(masked, reveal.data.revealed, opening.type) : masked;
  const shown = (value: string | null | undefined) =>
    value === erasedMarker ? t('caseView.erasedValue') : value;
  return (
    <section className="personal-data">
      <Descriptions
        size="small"
        column={1}
        title={t('caseView.residents')}
        extra={
          canReveal && !reveal.data ? (
            <Button size="small" onClick={() => setAsking(true)}>
              {t('caseView.reveal')}
            </Button>
          ) : reveal.data ? (
            <Typography.Text type="secondary">{t('caseView.revealedNote')}</Typography.Text>
          ) : null
        }
        items={residents.map((resident, index) => {
          const values = [resident.name, resident.phone, resident.idNumber].filter(Boolean);
          const erased = values.every((value) => value === erasedMarker);
          const label = t(resident.roleKey);
          const who: ErasableResident =
            opening.type === 'DisputeLogged' ? `parties[${index}]` : 'reporter';
          return {
            key: String(index),
            label,
            children: (
              <>
                {values.map(shown).join(' · ')}
                {canErase && !erased && (
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => setErasing({ resident: who, label })}
                  >
                    {t('caseView.erase')}
                  </Button>
                )}
              </>
            ),
          };
        })}
      />
      {erasing && (
        <EraseResidentModal
          caseId={caseId}
          resident={erasing.resident}
          residentLabel={erasing.label}
          onClose={() => setErasing(null)}
        />
      )}
      <Modal
        open={asking}
        title={t('caseView.revealTitle')}
        onCancel={() => setAsking(false)}
        footer={null}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('caseView.revealExplain')}</Typography.Paragraph>
        {reveal.error && <ProblemAlert error={reveal.error} doing={t('caseView.revealDoing')} />}
        <Form
          layout="vertical"
          onFinish={(values: { reason: string }) => reveal.mutate(values.reason)}
          disabled={reveal.isPending}
        >
          <Form.Item name="reason" label={t('caseView.revealReason')} rules={requiredText(t, 4000)}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={reveal.isPending}>
            {t('caseView.revealSubmit')}
          </Button>
        </Form>
      </Modal>
    </section>
  );
}
