import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

// The API refuses blank text and caps lengths (200 for titles, 4000 for long text, 100 for
// names); the same rules here let the person fix a field before anything is sent.
export const requiredText = (t: TFunction, max: number): FormRule[] => [
  { required: true, whitespace: true, message: t('form.required') },
  { max, message: t('form.tooLong', { max }) },
];

export const optionalText = (t: TFunction, max: number): FormRule[] => [
  { max, message: t('form.tooLong', { max }) },
];

export const requiredChoice = (t: TFunction): FormRule[] => [
  { required: true, message: t('form.choose') },
];
