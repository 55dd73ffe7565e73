import { randomBytes } from 'node:crypto';
import { demoVerifyUrl } from '../../shared/config/terminal-config';
import { verificationFor, type StatementDocument } from '../../shared/documents/statement-document';
import { statementSha256 } from '../services/printing/document-hash';
import { renderStatementPdf } from '../services/printing/laser/pdf/render-in-worker';
import type { CentralContext } from './context';
import { cooperative, type Persona } from './personas';
import { accountsSummary, statement } from './views';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh Crockford code recorded like POST /v1/documents does, so GET /v1/verify answers for the e-mailed PDF too. */
function registerCode(ctx: CentralContext, persona: Persona, period: string, sha256: string, issuedAt: string): string {
  let code: string;
  do {
    const chars = Array.from(randomBytes(8), (b) => alphabet[b % 32] ?? '0').join('');
    code = `${chars.slice(0, 4)}-${chars.slice(4)}`;
  } while (Object.hasOwn(ctx.store.state.documents, code));
  ctx.store.commit((state) => {
    state.documents[code] = { kind: 'statement', period, sha256, memberId: persona.id, issuedAt, issuedBy: 'member' };
  });
  return code;
}

/**
 * "Send it to my e-mail": the centre renders the full letter-page statement
 * itself from its own data (as the cooperative's core would), with the
 * kiosk's document model and PDF renderer, on a worker thread so the demo
 * central (embedded in main in demo mode) keeps answering. Null when the
 * render fails: the mail then goes out without the attachment.
 */
export async function statementPdfForEmail(
  ctx: CentralContext,
  persona: Persona,
  period: { readonly from: string; readonly to: string },
  terminalId: string,
  issuedAt: string,
): Promise<Buffer | null> {
  const portfolio = ctx.portfolio(persona);
  const s = statement(portfolio, period.from, period.to, issuedAt);
  const draft: StatementDocument = {
    kind: 'statement',
    // The centre writes its e-mail and its attachment in Spanish, whatever the kiosk's language.
    locale: 'es-CO',
    cooperative: {
      name: cooperative.name,
      nit: cooperative.nit,
      logoDataUrl: null,
      colors: { primary: '#0A5C36', accent: '#F2B705' },
    },
    branch: { code: 'VIRTUAL', name: 'Canal virtual', city: cooperative.city },
    terminalId,
    tellerName: null,
    issuedAt,
    period: { from: period.from, to: period.to },
    member: { fullName: s.member.fullName, documentMasked: s.member.docNumberMasked },
    accounts: accountsSummary(portfolio, ctx.today),
    statement: s,
    // The demo's stand-in for the cooperative's public verification page (the real core prints its own).
    verification: verificationFor(demoVerifyUrl, null),
  };
  const code = registerCode(ctx, persona, `${period.from}/${period.to}`, statementSha256(draft), issuedAt);
  const rendered = await renderStatementPdf(
    { ...draft, verification: verificationFor(demoVerifyUrl, code) },
    // Opens with the member's document number (the mail says so); the owner password is thrown away.
    {
      paper: 'letter',
      protection: { userPassword: persona.docNumber, ownerPassword: randomBytes(24).toString('base64url') },
    },
  );
  if (!rendered.ok) {
    ctx.log.error('demo-central.statement-pdf-failed', { reason: rendered.reason });
    return null;
  }
  return Buffer.from(rendered.pdf);
}
