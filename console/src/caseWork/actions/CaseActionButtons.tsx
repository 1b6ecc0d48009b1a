import { Button, Space } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction } from '../availableActions.ts';

// The dialog and its forms load when first opened, not with the list.
const CaseActionDialog = lazy(() =>
  import('./CaseActionDialog.tsx').then((module) => ({ default: module.CaseActionDialog })),
);

interface CaseActionButtonsProps {
  readonly caseId: string;
  readonly actions: readonly CaseAction[];
  readonly size?: 'small' | 'middle';
}

/** One button per step the person may take now; each opens its form beside the case. */
export function CaseActionButtons({ caseId, actions, size = 'middle' }: CaseActionButtonsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<CaseAction | null>(null);
  return (
    <>
      <Space wrap size={4} className="case-actions">
        {actions.map((action) => (
          <Button key={action} size={size} data-action={action} onClick={() => setOpen(action)}>
            {t(`action.button.${action}`)}
          </Button>
        ))}
      </Space>
      {open && (
        <Suspense fallback={null}>
          <CaseActionDialog caseId={caseId} action={open} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </>
  );
}
