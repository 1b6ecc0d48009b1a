import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyWithAntd } from '../../common/ui/lazyWithAntd.tsx';
import type { CaseAction } from '../availableActions.ts';

// The dialog and its forms (with antd's core and theme) load when first opened, not with
// the list: the buttons are plain markup, so a list on a plain page carries no UI kit.
const CaseActionDialog = lazyWithAntd(() =>
  import('./CaseActionDialog.tsx').then((module) => module.CaseActionDialog),
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
      <span className="case-actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`plain-button${size === 'small' ? ' plain-button-small' : ''}`}
            data-action={action}
            onClick={() => setOpen(action)}
          >
            {t(`action.button.${action}`)}
          </button>
        ))}
      </span>
      {open && (
        <Suspense fallback={null}>
          <CaseActionDialog caseId={caseId} action={open} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </>
  );
}
