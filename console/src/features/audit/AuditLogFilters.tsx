import { AutoComplete, Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../common/organisation/organisationTypes.ts';
import type { AuditLogFilters as Filters } from './getAuditEvents.ts';

interface FilterForm {
  type?: string;
  actor?: string;
  streamMatch: 'exact' | 'prefix';
  stream?: string;
  recordedFrom?: string;
  recordedTo?: string;
  fromPosition?: string;
  newestFirst?: boolean;
}

const instant = (local: string | undefined): string | undefined =>
  local ? new Date(local).toISOString() : undefined;
const text = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** The form's values as the API's filters: local times as instants, blanks left out. */
export const filtersOf = (form: FilterForm): Filters => ({
  type: text(form.type),
  actor: text(form.actor),
  ...(form.streamMatch === 'prefix'
    ? { streamPrefix: text(form.stream) }
    : { stream: text(form.stream) }),
  recordedFrom: instant(form.recordedFrom),
  recordedTo: instant(form.recordedTo),
  fromPosition: text(form.fromPosition),
  newestFirst: form.newestFirst ?? false,
});

/** Filter the log by type, actor, stream and time, or jump to a position. */
export function AuditLogFilters({
  organisation,
  onApply,
}: {
  readonly organisation: Organisation | undefined;
  readonly onApply: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterForm>();
  const people = (organisation?.staff ?? []).map((post) => ({
    value: post.personId,
    label: `${post.displayName} · ${post.personId}`,
  }));
  return (
    <Form<FilterForm>
      form={form}
      layout="inline"
      className="audit-filters"
      initialValues={{ streamMatch: 'prefix' }}
      onFinish={(values) => onApply(filtersOf(values))}
    >
      <Form.Item name="type" label={t('audit.log.type')}>
        <Input placeholder="CaseResolved" style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.log.actor')}>
        <AutoComplete
          options={people}
          style={{ width: 200 }}
          filterOption={(input, option) =>
            option?.label.toLowerCase().includes(input.toLowerCase()) ?? false
          }
        />
      </Form.Item>
      <Form.Item label={t('audit.log.stream')}>
        <Space.Compact>
          <Form.Item name="streamMatch" noStyle>
            <Select
              style={{ width: 110 }}
              options={[
                { value: 'prefix', label: t('audit.log.streamPrefix') },
                { value: 'exact', label: t('audit.log.streamExact') },
              ]}
            />
          </Form.Item>
          <Form.Item name="stream" noStyle>
            <Input placeholder="case-" style={{ width: 200 }} aria-label={t('audit.log.stream')} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="recordedFrom" label={t('audit.log.recordedFrom')}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item name="recordedTo" label={t('audit.log.recordedTo')}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item
        name="fromPosition"
        label={t('audit.log.jump')}
        rules={[{ pattern: /^\d+\/\d+$/, message: t('audit.log.jumpPlaceholder') }]}
      >
        <Input placeholder={t('audit.log.jumpPlaceholder')} style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="newestFirst" valuePropName="checked">
        <Checkbox>{t('audit.log.newestFirst')}</Checkbox>
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('audit.log.apply')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('audit.log.clear')}
        </Button>
      </Space>
    </Form>
  );
}
