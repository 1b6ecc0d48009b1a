import { Alert, Button, Form, Modal, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '../../common/api/apiProblem.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { useServerFieldErrors } from '../../common/ui/useServerFieldErrors.ts';
import { availableActions, standingOfState, type CaseAction } from '../availableActions.ts';
import { useCaseSnapshot } from '../caseQueries.ts';
import { useCaseCommand } from '../useCaseCommand.ts';
import { actionSenders } from './actionSenders.ts';
import { ActionFields } from './ActionFields.tsx';
import { ChangesSince } from './ChangesSince.tsx';

interface CaseActionDialogProps {
  readonly caseId: string;
  readonly action: CaseAction;
  readonly onClose: () => void;
}

/**
 * One step on a case, in a dialog next to where the case is shown. It sends the revision the
 * person saw; if someone else changed the case meanwhile, it says so, shows what changed, and
 * keeps what was typed for a second look before sending again.
 */
export function CaseActionDialog({ caseId, action, onClose }: CaseActionDialogProps) {
  const { t } = useTranslation();
  const account = useAccount();
  const [form] = Form.useForm();
  const snapshot = useCaseSnapshot(caseId);
  const [seenRevision, setSeenRevision] = useState<string | null>(null);
  const command = useCaseCommand((target, values: Record<string, unknown>) =>
    actionSenders[action](target, values),
  );
  const current = snapshot.data;

  // The revision the person first saw is pinned: their step is judged against it, even if
  // the case refreshes behind the dialog.
  if (current && seenRevision === null) setSeenRevision(current.revision);

  const error = command.error;
  const stale =
    isApiProblem(error) &&
    error.status === 409 &&
    typeof error.extra['currentRevision'] === 'string';
  const stillAllowed = current
    ? availableActions(account, standingOfState(current.state)).includes(action)
    : true;

  useServerFieldErrors(form, error);

  const submit = (values: Record<string, unknown>) => {
    if (!current || seenRevision === null) return;
    command.mutate({ caseId, revision: seenRevision, body: values }, { onSuccess: onClose });
  };
  const reviewLatest = () => {
    if (current) setSeenRevision(current.revision);
    command.reset();
  };

  return (
    <Modal
      open
      title={t(`action.title.${action}`)}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {!current ? (
        snapshot.error ? (
          <ProblemAlert error={snapshot.error} onRetry={() => void snapshot.refetch()} />
        ) : (
          <Spin />
        )
      ) : (
        <Form form={form} layout="vertical" onFinish={submit} disabled={command.isPending} preserve>
          {stale && seenRevision !== null && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('conflict.title')}
              description={
                <Space orientation="vertical">
                  <span>{t('conflict.explain')}</span>
                  <ChangesSince caseId={caseId} seenRevision={seenRevision} />
                  {stillAllowed ? (
                    <Button onClick={reviewLatest}>{t('conflict.reviewed')}</Button>
                  ) : (
                    <strong>{t('conflict.noLonger')}</strong>
                  )}
                </Space>
              }
            />
          )}
          {!stale && !stillAllowed && (
            <Alert type="info" showIcon role="status" title={t('conflict.noLonger')} />
          )}
          <ActionFields action={action} snapshot={current} />
          {/* The server's refusal sits right under the fields it judged, above the button. */}
          {error && !stale && (
            <Form.Item>
              <ProblemAlert
                error={error}
                doing={t(`action.doing.${action}`)}
                onRetry={() => form.submit()}
              />
            </Form.Item>
          )}
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={command.isPending}
              disabled={stale || !stillAllowed}
            >
              {t(`action.submit.${action}`)}
            </Button>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Modal>
  );
}
