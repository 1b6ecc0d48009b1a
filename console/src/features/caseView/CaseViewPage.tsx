import { Card, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CaseActionButtons } from '../../caseWork/actions/CaseActionButtons.tsx';
import { availableActions, standingOfState } from '../../caseWork/availableActions.ts';
import { useCaseHistory, useCaseSnapshot } from '../../caseWork/caseQueries.ts';
import { TimelineList } from '../../caseWork/timeline/TimelineList.tsx';
import { isApiProblem } from '../../common/api/apiProblem.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { openingOf } from '../../common/personalData/openingOf.ts';
import { mayErase } from '../../common/personalData/erasePersonalData.ts';
import { PersonalDataPanel } from '../../common/personalData/PersonalDataPanel.tsx';

/** 案件: where the case stands, what this person may do now, and everything that happened. */
export function CaseViewPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const account = useAccount();
  const snapshot = useCaseSnapshot(caseId);
  const history = useCaseHistory(caseId);

  const refusal = snapshot.error ?? history.error;
  if (
    isApiProblem(refusal) &&
    (refusal.status === 403 || refusal.status === 404 || refusal.status === 400)
  ) {
    const kind = refusal.status === 403 ? 'forbidden' : 'notFound';
    return (
      <Result
        status={refusal.status === 403 ? '403' : '404'}
        title={t(`caseView.${kind}.title`)}
        subTitle={t(`caseView.${kind}.explain`)}
        extra={
          account && refusal.status === 403 ? (
            <span className="problem-detail">
              {t('caseView.forbidden.who', { role: t(`words.role.${account.role}`) })}
            </span>
          ) : null
        }
      />
    );
  }
  if (refusal)
    return (
      <ProblemAlert
        error={refusal}
        onRetry={() => void Promise.all([snapshot.refetch(), history.refetch()])}
      />
    );
  if (!snapshot.data || !history.data) return <Spin />;

  const { state } = snapshot.data;
  const opening = openingOf(history.data.events);
  const actions = availableActions(account, standingOfState(state));
  return (
    <article className="case-page" data-case-id={caseId}>
      <CaseHeader state={state} opening={opening} />
      <Card size="small" title={t('caseView.actionsNow')} className="case-actions-card">
        {actions.length > 0 ? (
          <CaseActionButtons caseId={caseId} actions={actions} />
        ) : (
          <span>{t('caseView.noActions')}</span>
        )}
      </Card>
      {opening && (
        <PersonalDataPanel
          caseId={caseId}
          opening={opening}
          canReveal
          canErase={mayErase(account, state.place.streetId)}
        />
      )}
      <h2>{t('caseView.timeline')}</h2>
      <TimelineList entries={history.data.events} />
    </article>
  );
}
