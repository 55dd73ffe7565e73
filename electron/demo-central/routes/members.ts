import type { CentralContext, Handlers } from '../context';
import { HttpError } from '../http';
import { personaById, type Persona } from '../personas';
import type { Session } from '../sessions';
import { accountsSummary, loanDetail, statement } from '../views';
import { certificateYears, withholdingCertificate } from '../certificate';
import { demoCatalog } from '../catalog-data';

type MemberHandlers = Pick<
  Handlers,
  'health' | 'catalog' | 'profile' | 'accounts' | 'statement' | 'loan' | 'certificates' | 'certificate'
>;

export function sessionPersona(session: Session | null): Persona {
  const persona = session?.kind === 'member' ? personaById(session.subject) : undefined;
  if (!persona) {
    throw new HttpError('session-expired', 'no member session');
  }
  return persona;
}

export function certificateFor(ctx: CentralContext, persona: Persona, year: number): { status: 200; body: unknown } {
  const portfolio = ctx.portfolio(persona);
  if (!certificateYears(portfolio, ctx.today).some((c) => c.year === year)) {
    throw new HttpError('not-found', 'no certificate for that year');
  }
  return { status: 200, body: withholdingCertificate(portfolio, year, ctx.catalog, ctx.now().toISOString()) };
}

export function memberHandlers(ctx: CentralContext): MemberHandlers {
  return {
    health() {
      return {
        status: 200,
        body: { name: 'coopkiosk-demo-central', contractVersion: '1', time: ctx.now().toISOString() },
      };
    },
    catalog() {
      return { status: 200, body: demoCatalog(ctx.catalog.validFrom) };
    },
    profile({ session }) {
      const p = sessionPersona(session);
      const portfolio = ctx.portfolio(p);
      return {
        status: 200,
        body: {
          id: p.id,
          firstName: p.firstName,
          lastName: p.lastName,
          fullName: `${p.firstName} ${p.lastName}`,
          docType: p.docType,
          docNumber: p.docNumber,
          birthDate: p.birthDate,
          email: p.email,
          phone: p.phone,
          address: p.address,
          city: p.city,
          employer: p.employer,
          occupation: p.occupation,
          memberSince: portfolio.memberSince,
        },
      };
    },
    accounts({ session }) {
      return { status: 200, body: accountsSummary(ctx.portfolio(sessionPersona(session)), ctx.today) };
    },
    statement({ session, query }) {
      const portfolio = ctx.portfolio(sessionPersona(session));
      return { status: 200, body: statement(portfolio, query.from, query.to, ctx.now().toISOString()) };
    },
    loan({ session, params }) {
      const detail = loanDetail(ctx.portfolio(sessionPersona(session)), params.id, ctx.today);
      if (!detail) {
        throw new HttpError('not-found', 'no such loan');
      }
      return { status: 200, body: detail };
    },
    certificates({ session }) {
      return { status: 200, body: certificateYears(ctx.portfolio(sessionPersona(session)), ctx.today) };
    },
    certificate({ session, params }) {
      return certificateFor(ctx, sessionPersona(session), params.year);
    },
  };
}
