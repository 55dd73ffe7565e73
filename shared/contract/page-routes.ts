import { isKioskLocale, type KioskLocale, type SignOutReason } from './values';

/**
 * The page's routes that main names: after a session ends the page is
 * reloaded on the security-advice screen, told why. Hash routes (the page
 * uses hash history), built here once for both hosts and the router.
 */
export const welcomeRoute = '/';
export const signedOutPath = '/hasta-pronto';
/** The query parameter that carries the reason (Spanish: members may see the URL). */
export const signedOutReasonParam = 'motivo';

/** The language the member used, so the advice after sign-out is in it too (the next member starts in the default). */
export const signedOutLocaleParam = 'idioma';

export function signedOutRoute(reason: SignOutReason, locale?: KioskLocale): string {
  const language = locale && isKioskLocale(locale) ? `&${signedOutLocaleParam}=${encodeURIComponent(locale)}` : '';
  return `${signedOutPath}?${signedOutReasonParam}=${encodeURIComponent(reason)}${language}`;
}
