import { create } from 'zustand';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'gridline.language';

const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/** The remembered choice; Chinese first, since the people using the console speak it. */
export const rememberedLanguage = (): Language => {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(stored) ? stored : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
};

interface LanguageState {
  readonly language: Language;
  choose(language: Language): void;
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  language: rememberedLanguage(),
  choose: (language) => {
    try {
      globalThis.localStorage?.setItem(storageKey, language);
    } catch {
      // A browser that refuses storage still switches, for this visit.
    }
    set({ language });
  },
}));
