/**
 * The renderer's Content-Security-Policy, sent as a header by the app://
 * protocol handler (and by the browser host) (a header cannot be removed by injected markup, unlike a
 * <meta> tag). Vue's runtime build needs no eval; scoped styles need inline
 * style attributes, hence 'unsafe-inline' for styles only. The renderer talks
 * to main through the bridge, never the network: connect-src stays 'self'.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}
