import { createHash } from 'node:crypto';
import type { StatementDocument } from '../../../shared/documents/statement-document';

/** JSON with object keys sorted at every level, so the same document always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What the verification code vouches for: the document without its own
 * verification block (the code is issued for the hash, so it cannot be
 * part of it).
 */
export function statementSha256(document: StatementDocument): string {
  const rest = Object.fromEntries(Object.entries(document).filter(([key]) => key !== 'verification'));
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}
