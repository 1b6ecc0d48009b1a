import type { GridEstablished } from '@gridline/events';
import type { InspectionCommandResponse } from '@gridline/projections';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutBlanks } from '../../common/api/withoutBlanks.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { optionalText, requiredChoice } from '../../common/ui/formRules.ts';
import { FindingRows, VisitedBuildings, WelfareCheckRows } from './InspectionRows.tsx';
import { fromLocalInput, toLocalInput } from './localTime.ts';
import type { RecordInspectionBody } from './recordInspection.ts';
import { useRecordInspection } from './useRecordInspection.ts';

interface RecordInspectionFormProps {
  readonly grid: GridEstablished;
  readonly onClose: (recorded?: InspectionCommandResponse) => void;
}

type FindingValues = RecordInspectionBody['findings'][number];

interface FormValues {
  readonly inspectorId: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly buildingsVisited?: RecordInspectionBody['buildingsVisited'];
  readonly welfareChecks?: Record<string, string>[];
  readonly findings?: FindingValues[];
  readonly note?: string;
}

/** A finding opens a case only when given a risk level; otherwise its minted case id goes. */
const findingBody = ({ caseId, riskLevel, ...finding }: FindingValues): FindingValues =>
  withoutBlanks({ ...finding, ...(riskLevel && { caseId, riskLevel }) }) as FindingValues;

/** 记录巡查: a patrol of the grid — when, who, the buildings walked, look-ins and findings. */
export function RecordInspectionForm({ grid, onClose }: RecordInspectionFormProps) {
  const { t } = useTranslation();
  const account = useAccount();
  const staff = useOrganisation().data?.staff ?? [];
  const [form] = Form.useForm<FormValues>();
  const [inspectionId] = useState(() => crypto.randomUUID());
  const [initialValues] = useState(() => {
    const now = new Date();
    return {
      inspectorId: account.personId,
      startedAt: toLocalInput(new Date(now.getTime() - 3_600_000)),
      endedAt: toLocalInput(now),
      buildingsVisited: [{}],
    };
  });
  const recording = useRecordInspection(form, (answer) => onClose(answer));
  // A grid worker records their own patrols; a leader may enter one for a worker of the grid.
  const inspectors = staff.filter(
    (post) =>
      (post.role === 'grid_worker' || post.role === 'grid_leader') &&
      post.scope.kind === 'grid' &&
      post.scope.id === grid.gridId &&
      (account.role === 'grid_leader' || post.personId === account.personId),
  );
  const submit = () => {
    // Every value in the form, the rows' minted ids included (they have no field).
    const values = form.getFieldsValue(true) as FormValues;
    const note = values.note?.trim();
    recording.mutate({
      inspectionId,
      gridId: grid.gridId,
      inspectorId: values.inspectorId,
      startedAt: fromLocalInput(values.startedAt)?.toISOString() ?? values.startedAt,
      endedAt: fromLocalInput(values.endedAt)?.toISOString() ?? values.endedAt,
      buildingsVisited: values.buildingsVisited ?? [],
      welfareChecks: (values.welfareChecks ?? []).map(
        (check) => withoutBlanks(check) as unknown as RecordInspectionBody['welfareChecks'][number],
      ),
      findings: (values.findings ?? []).map(findingBody),
      ...(note && { note }),
    });
  };
  const timeRules = (field: 'startedAt' | 'endedAt') => [
    { required: true, message: t('form.required') },
    {
      validator: async (_: unknown, value: string | undefined) => {
        if (!value) return;
        const when = fromLocalInput(value);
        if (!when) throw new Error(t('patch.form.badTime'));
        if (field === 'endedAt') {
          const started = fromLocalInput(form.getFieldValue('startedAt') as string);
          if (when > new Date()) throw new Error(t('patch.form.endsInFuture'));
          if (started && when <= started) throw new Error(t('patch.form.endsBeforeStart'));
        }
      },
    },
  ];
  return (
    <Modal
      open
      title={t('patch.recordInspection')}
      onCancel={() => onClose()}
      footer={null}
      mask={{ closable: false }}
      width={760}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={recording.isPending}
        initialValues={initialValues}
      >
        {recording.error && (
          <ProblemAlert
            error={recording.error}
            doing={t('patch.form.doing')}
            onRetry={() => form.submit()}
          />
        )}
        <Space wrap align="start">
          <Form.Item name="inspectorId" label={t('patch.form.inspector')} rules={requiredChoice(t)}>
            <Select
              style={{ width: 160 }}
              disabled={account.role !== 'grid_leader'}
              options={inspectors.map((post) => ({
                value: post.personId,
                label: post.displayName,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="startedAt"
            label={t('patch.form.startedAt')}
            rules={timeRules('startedAt')}
          >
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item
            name="endedAt"
            label={t('patch.form.endedAt')}
            dependencies={['startedAt']}
            rules={timeRules('endedAt')}
          >
            <Input type="datetime-local" />
          </Form.Item>
        </Space>
        <VisitedBuildings grid={grid} />
        <WelfareCheckRows grid={grid} />
        <FindingRows grid={grid} />
        <Form.Item name="note" label={t('patch.form.note')} rules={optionalText(t, 4000)}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space className="form-buttons">
          <Button type="primary" htmlType="submit" loading={recording.isPending}>
            {t('patch.form.submit')}
          </Button>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
