import { createI18n, useI18n } from 'vue-i18n';
import { en } from './en';
import { esCO, type KioskMessages } from './es-CO';

/** The locales a terminal can be configured with (SystemInfo.locale). */
export type KioskLocale = 'es-CO' | 'en';

export const defaultLocale: KioskLocale = 'es-CO';

export const kioskMessages: Readonly<Record<KioskLocale, KioskMessages>> = { 'es-CO': esCO, en };

/** Composition-API i18n with es-CO as both default and fallback. */
export function createKioskI18n(locale: KioskLocale = defaultLocale) {
  return createI18n<[KioskMessages], KioskLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: defaultLocale,
    messages: { ...kioskMessages },
    // Messages are plain text or functions (message.ts): a string is shown as it is, never compiled (the
    // compiler is not shipped, and the CSP forbids the eval it would need).
    messageCompiler: (message) => {
      const text = typeof message === 'string' ? message : '';
      return () => text;
    },
  });
}

export type KioskI18n = ReturnType<typeof createKioskI18n>;

/**
 * The app-wide language, for the language switch and for applying the
 * configured locale. `document.documentElement.lang` follows it so screen
 * readers pronounce the page in the right language.
 */
export function useKioskLocale() {
  const { locale } = useI18n({ useScope: 'global' });
  function setLocale(next: KioskLocale): void {
    locale.value = next;
    document.documentElement.lang = next;
  }
  return { locale, setLocale };
}
