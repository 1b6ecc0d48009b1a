import { useMemo } from 'react';
import { useLanguageStore, type Language } from '../i18n/languageStore.ts';

/** Dates, times and numbers in the chosen language's conventions. */
export interface Format {
  readonly language: Language;
  dateTime(iso: string | null | undefined): string;
  date(iso: string | null | undefined): string;
  number(value: number): string;
  percent(share: number): string;
}

export const formatFor = (language: Language): Format => {
  const dateTime = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  const date = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  return {
    language,
    dateTime: (iso) => (iso ? dateTime.format(new Date(iso)) : '—'),
    date: (iso) => (iso ? date.format(new Date(iso)) : '—'),
    number: (value) => number.format(value),
    percent: (share) => percent.format(share),
  };
};

export const useFormat = (): Format => {
  const language = useLanguageStore((state) => state.language);
  return useMemo(() => formatFor(language), [language]);
};
