import type { GridEstablished } from '@gridline/events';
import type { MeetingCommandResponse } from '@gridline/projections';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';
import { retryKeys } from '../../common/api/retryKeys.ts';
import { withoutBlanks } from '../../common/api/withoutBlanks.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { optionalText, requiredText } from '../../common/ui/formRules.ts';
import { useServerFieldErrors } from '../../common/ui/useServerFieldErrors.ts';
import { MatterRows } from './MatterRows.tsx';
import { recordMeeting } from './meetingQueries.ts';
import type { RecordMeetingBody } from './recordMeetingBody.ts';

interface RecordMeetingFormProps {
  readonly communityId: string;
  readonly grids: readonly GridEstablished[];
  readonly onClose: (recorded?: MeetingCommandResponse) => void;
}

type Matter = RecordMeetingBody['matters'][number];

const pad = (n: number) => String(n).padStart(2, '0');
const localNow = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;

/** 记录书记下午茶: when and where, how many came, the topic, and each matter raised. */
export function RecordMeetingForm({ communityId, grids, onClose }: RecordMeetingFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const client = useQueryClient();
  const wrote = useLastWriteStore((state) => state.wrote);
  const [meetingId] = useState(() => crypto.randomUUID());
  const [keys] = useState(retryKeys);
  const [initialValues] = useState(() => ({
    heldAt: localNow(new Date()),
    matters: [{ matterId: crypto.randomUUID(), riskLevel: 'low' }],
  }));
  const recording = useMutation({
    mutationFn: (body: RecordMeetingBody) => recordMeeting(body, keys.keyFor(body)),
    onSuccess: (answer) => {
      keys.settled(undefined);
      if (answer.position !== null) wrote(answer.position);
      void client.invalidateQueries({ queryKey: ['cases', 'board'] });
      void client.invalidateQueries({ queryKey: ['figures'] });
      onClose(answer);
    },
    onError: (error) => keys.settled(error),
  });
  useServerFieldErrors(form, recording.error);
  const submit = () => {
    // Every value, the matters' minted ids included (they have no field).
    const values = form.getFieldsValue(true) as Record<string, unknown> & { matters: Matter[] };
    const heldAt = new Date(String(values['heldAt']));
    recording.mutate({
      ...(withoutBlanks({
        venue: values['venue'],
        topic: values['topic'],
        note: values['note'],
      }) as Pick<RecordMeetingBody, 'venue' | 'topic' | 'note'>),
      meetingId,
      communityId,
      heldAt: Number.isNaN(heldAt.getTime()) ? String(values['heldAt']) : heldAt.toISOString(),
      residentsAttending: Number(values['residentsAttending']),
      matters: values.matters.map((matter) => withoutBlanks(matter) as unknown as Matter),
    });
  };
  return (
    <Modal
      open
      title={t('meetings.record')}
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
            doing={t('meetings.form.doing')}
            onRetry={() => form.submit()}
          />
        )}
        <Form.Item name="topic" label={t('meetings.form.topic')} rules={requiredText(t, 200)}>
          <Input />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="heldAt"
            label={t('meetings.form.heldAt')}
            rules={[
              { required: true, message: t('form.required') },
              {
                validator: async (_, value: string | undefined) => {
                  if (value && new Date(value) > new Date())
                    throw new Error(t('meetings.form.heldInFuture'));
                },
              },
            ]}
          >
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="venue" label={t('meetings.form.venue')} rules={requiredText(t, 100)}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item
            name="residentsAttending"
            label={t('meetings.form.attending')}
            rules={[
              { required: true, message: t('form.required') },
              {
                validator: async (_, value: string | undefined) => {
                  const count = Number(value);
                  if (value && (!Number.isInteger(count) || count < 1 || count > 10_000))
                    throw new Error(t('meetings.form.attendingRange'));
                },
              },
            ]}
          >
            <Input type="number" min={1} style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <MatterRows grids={grids} />
        <Form.Item name="note" label={t('meetings.form.note')} rules={optionalText(t, 4000)}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space className="form-buttons">
          <Button type="primary" htmlType="submit" loading={recording.isPending}>
            {t('meetings.form.submit')}
          </Button>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Modal>
  );
}
