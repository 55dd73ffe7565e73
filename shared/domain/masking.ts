/**
 * Ley 1581 de 2012 (habeas data): screens and receipts show the minimum of a
 * member's identity. These helpers are the one place that decides how much.
 */

/** Document number with the last 4 characters visible and at least 2 masked: "CC ******1010". */
export function maskDocument(docType: string, docNumber: string): string {
  const value = docNumber.trim();
  const visible = Math.max(0, Math.min(4, value.length - 2));
  const masked = '*'.repeat(value.length - visible);
  return `${docType} ${masked}${value.slice(value.length - visible)}`;
}

function maskWord(word: string): string {
  const chars = Array.from(word);
  if (chars.length === 0) {
    return '';
  }
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}

/**
 * "laura.gomez@example.com" → "l**********@e******.com": the first character of
 * the mailbox and of the domain, and the top-level domain, so the member can
 * recognise the address without anyone else learning it.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) {
    return maskWord(email);
  }
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${maskWord(local)}@${maskWord(host)}${tld}`;
}

/** "Laura Gómez Restrepo" → "L**** G**** R*******": enough for a clerk to match a printout. */
export function maskName(fullName: string): string {
  return fullName.trim().split(/\s+/).map(maskWord).join(' ');
}

/**
 * "2001-001001" → "****1001": the last 4 letters or digits after dropping
 * separators, behind a fixed run of 4 asterisks so the length of the number
 * is not revealed either. Short numbers keep at least 2 characters hidden.
 */
export function maskAccount(accountNumber: string): string {
  const value = accountNumber.replace(/[^0-9A-Za-z]/g, '');
  const visible = Math.max(0, Math.min(4, value.length - 2));
  return `****${value.slice(value.length - visible)}`;
}
