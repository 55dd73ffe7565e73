import { isKioskLocale, type KioskLocale } from '../../shared/contract/values';

/**
 * The language on screen now: the app keeps `<html lang>` on it
 * (`useKioskLocale`), so anything outside a component — the sign-out advice,
 * the paper's labels — reads it here. Spanish when it is not a kiosk locale.
 */
export function shownLocale(): KioskLocale {
  const lang = document.documentElement.lang;
  return isKioskLocale(lang) ? lang : 'es-CO';
}
