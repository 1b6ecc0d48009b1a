import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldPath, isApiProblem } from '../api/apiProblem.ts';

/**
 * Puts the fields a server refused (the problem's `errors`, `parties[0].phone`) next to
 * those fields of the form. The server's English words show in the English console only.
 */
export function useServerFieldErrors(form: FormInstance, error: unknown): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (!isApiProblem(error) || error.fieldProblems.length === 0) return;
    form.setFields(
      error.fieldProblems.map((problem) => ({
        name: fieldPath(problem.field),
        errors: [t('problem.fieldRefused', { message: problem.message })],
      })),
    );
  }, [error, form, t]);
}
