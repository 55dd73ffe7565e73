/**
 * What keeps personal data out of the log, in two layers:
 * - by field: values of these field names never reach a log line (pino's
 *   `redact`; entries are flat, so at their top level);
 * - by value: free text is scrubbed of e-mail addresses and document- or
 *   account-like numbers, while the technical facts IT needs stay readable
 *   (ISO dates and times, ports, durations and sizes, versions, UUIDs,
 *   terminal ids such as DEMO-KIOSK-01).
 */
export const personalFieldNames = [
  'document',
  'docNumber',
  'documentNumber',
  'name',
  'fullName',
  'firstName',
  'lastName',
  'email',
  'account',
  'accountNumber',
  'phone',
  'mobile',
  'address',
  'birthDate',
  'pin',
  'newPin',
  'currentPin',
  'confirmPin',
  'secret',
  'password',
  'token',
  'key',
  'terminalKey',
  'credential',
  'authorization',
  'cookie',
] as const;

/** Matched first at any position, and kept as they are. */
const kept = [
  /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/, // UUIDs
  /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/, // ISO dates and times
  // IPv4 addresses (octets without leading zeros, so 1.010.101.010 is not one).
  /\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b/,
  // Versions: 0.1.0, 45.6.0, 156.0.8078.73 (a minor of at most two digits, so 79.111.222 is not one).
  /\bv?(?:0|[1-9]\d{0,3})\.(?:0|[1-9]\d?)\.(?:0|[1-9]\d{0,3})(?:\.(?:0|[1-9]\d{0,3}))?(?![.\d])(?:[-+][0-9A-Za-z.]+)?/,
  /:\d{1,5}\b/, // ports
  /\b\d+(?:\.\d+)? ?(?:ms|s|min|h|B|kB|KiB|MB|MiB|GB|bytes|%)(?![A-Za-z])/, // durations and sizes
];
const email = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[A-Za-z]{2,}/;
/** Six or more digits, alone or split by dots, dashes or spaces: 1010101010, 1.010.101.010, 2001-001001. */
const numberLike = /\d(?:[ .-]?\d){5,}/;

const pattern = new RegExp(
  [...kept.map((p) => `(?:${p.source})`), `(${email.source})`, `(${numberLike.source})`].join('|'),
  'g',
);

export function scrubText(text: string): string {
  return text.replace(pattern, (match, mail: string | undefined, number: string | undefined) =>
    mail ? '[email]' : number ? '[number]' : match,
  );
}
