import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

// The API's formats for residents' data (backend: personalDataFormats): a mainland mobile
// number or a landline with its area code; an 18-character resident ID number.
export const phonePattern = /^(?:\+86)?(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const idNumberPattern = /^\d{17}[\dX]$/;

export const phoneRules = (t: TFunction): FormRule[] => [
  { pattern: phonePattern, message: t('form.phone') },
];

export const idNumberRules = (t: TFunction): FormRule[] => [
  { pattern: idNumberPattern, message: t('form.idNumber') },
];
