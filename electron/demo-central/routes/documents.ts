import { randomBytes } from 'node:crypto';
import type { CentralContext, Handlers } from '../context';
import { HttpError } from '../http';
import { findPersona, personaById } from '../personas';
import { maskName } from '../../../shared/domain/masking';

/** Crockford base32: no I, L, O, U, so a code read aloud or typed is unambiguous. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function newCode(): string {
  const bytes = randomBytes(8);
  const chars = Array.from(bytes, (b) => alphabet[b % 32] ?? '0').join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Accepts what a clerk types: lower case, no hyphen, O for 0, I or L for 1. */
export function normaliseCode(input: string): string | null {
  const c = input.toUpperCase().replace(/[-\s]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(c) ? `${c.slice(0, 4)}-${c.slice(4)}` : null;
}

export function documentHandlers(ctx: CentralContext): Pick<Handlers, 'issueDocument' | 'verifyDocument'> {
  return {
    issueDocument({ body, session }) {
      if (!session) {
        throw new HttpError('session-expired', 'no session');
      }
      const persona =
        session.kind === 'member'
          ? personaById(session.subject)
          : body.member
            ? findPersona(body.member.docType, body.member.docNumber)
            : undefined;
      if (!persona) {
        throw session.kind === 'staff' && !body.member
          ? new HttpError('invalid-input', 'member is required for staff')
          : new HttpError('not-found', 'no such member');
      }
      let code = newCode();
      while (Object.hasOwn(ctx.store.state.documents, code)) {
        code = newCode();
      }
      const issuedAt = ctx.now().toISOString();
      ctx.store.commit((state) => {
        state.documents[code] = {
          kind: body.kind,
          period: body.period ?? null,
          sha256: body.sha256,
          memberId: persona.id,
          issuedAt,
          issuedBy: session.kind === 'staff' ? `staff:${session.subject}` : 'member',
        };
      });
      return { status: 200, body: { code, issuedAt } };
    },
    verifyDocument({ params }) {
      const code = normaliseCode(params.code);
      const doc = code ? ctx.store.state.documents[code] : undefined;
      const persona = doc ? personaById(doc.memberId) : undefined;
      if (!doc || !persona) {
        throw new HttpError('not-found', 'unknown verification code');
      }
      return {
        status: 200,
        body: {
          valid: true,
          kind: doc.kind,
          issuedAt: doc.issuedAt,
          period: doc.period,
          memberNameMasked: maskName(`${persona.firstName} ${persona.lastName}`),
          sha256: doc.sha256,
        },
      };
    },
  };
}
