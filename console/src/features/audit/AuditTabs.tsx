import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { auditFiguresPath, auditLogPath } from './auditPaths.ts';

/** The auditor's two desks: the log and the figures' recomputation. */
export function AuditTabs({ current }: { readonly current: 'log' | 'figures' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Segmented
      value={current}
      options={[
        { value: 'log', label: t('audit.tabs.log') },
        { value: 'figures', label: t('audit.tabs.figures') },
      ]}
      onChange={(value) => void navigate(value === 'log' ? auditLogPath : auditFiguresPath)}
    />
  );
}
