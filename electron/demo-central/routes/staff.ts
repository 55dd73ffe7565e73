import { randomInt } from 'node:crypto';
import type { CentralContext, Handlers } from '../context';
import { HttpError } from '../http';
import { findPersona, staffPersonas, type Persona } from '../personas';
import { hashSecret, verifySecret } from '../secrets';
import { accountsSummary, statement } from '../views';
import { addTempCredential, memberFor, memberState, recordFailure, throwIfRateLimited } from './member-auth';
import { certificateFor } from './members';

type StaffHandlers = Pick<
  Handlers,
  | 'staffLogin'
  | 'staffFindMember'
  | 'staffUnlock'
  | 'staffActivationCode'
  | 'staffStatement'
  | 'staffCertificate'
  | 'staffAudit'
  | 'staffDataUpdates'
  | 'staffLeads'
  | 'staffTerminals'
>;

function member(docType: string, docNumber: string): Persona {
  const persona = findPersona(docType, docNumber);
  if (!persona) {
    throw new HttpError('not-found', 'no member with that document');
  }
  return persona;
}

export function staffHandlers(ctx: CentralContext): StaffHandlers {
  return {
    async staffLogin({ body, terminalId }) {
      throwIfRateLimited(ctx, terminalId);
      const staff = staffPersonas.find((s) => s.username === body.username);
      const state = staff ? ctx.store.state.staff[staff.username] : undefined;
      const ok = await verifySecret(body.password, state?.passwordHash ?? ctx.dummyHash);
      if (!staff || !state) {
        throw new HttpError('invalid-credentials', 'user or password not valid');
      }
      if (state.locked) {
        throw new HttpError('account-locked', 'staff account locked');
      }
      if (!ok) {
        recordFailure(ctx, state);
        throw new HttpError('invalid-credentials', 'user or password not valid');
      }
      ctx.store.commit(() => {
        state.failures = 0;
      });
      const { token, session } = ctx.sessions.create({
        kind: 'staff',
        subject: staff.username,
        limited: false,
        tempCredentialId: null,
      });
      ctx.log.info('demo-central.staff-login', { role: staff.role });
      return {
        status: 200,
        body: {
          token,
          expiresAt: new Date(session.expiresAtMs).toISOString(),
          staff: { username: staff.username, displayName: staff.displayName, role: staff.role },
        },
      };
    },
    staffFindMember({ query, terminalId }) {
      const persona = member(query.docType, query.docNumber);
      const state = memberState(ctx, persona);
      const status = state.locked ? 'locked' : state.pinHash ? 'active' : 'pending-activation';
      return {
        status: 200,
        body: {
          member: memberFor(ctx, persona, terminalId),
          status,
          consecutiveFailures: state.failures,
          accounts: accountsSummary(ctx.portfolio(persona), ctx.today),
        },
      };
    },
    staffUnlock({ params }) {
      const state = memberState(ctx, member(params.docType, params.docNumber));
      ctx.store.commit(() => {
        state.failures = 0;
        state.locked = false;
      });
      ctx.log.info('demo-central.member-unlocked');
      return { status: 204 };
    },
    async staffActivationCode({ params }) {
      const persona = member(params.docType, params.docNumber);
      const state = memberState(ctx, persona);
      const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
      const expiresAt = new Date(ctx.now().getTime() + 15 * 60_000).toISOString();
      const hash = await hashSecret(code);
      ctx.store.commit(() => {
        addTempCredential(state, 'activation', hash, expiresAt);
        // The teller has identified the member in person: that also lifts a lock.
        state.failures = 0;
        state.locked = false;
      });
      ctx.sessions.revokeSubject('member', persona.id);
      return { status: 200, body: { code, expiresAt } };
    },
    staffStatement({ params, query }) {
      return {
        status: 200,
        body: statement(
          ctx.portfolio(member(params.docType, params.docNumber)),
          query.from,
          query.to,
          ctx.now().toISOString(),
        ),
      };
    },
    staffCertificate({ params }) {
      return certificateFor(ctx, member(params.docType, params.docNumber), params.year);
    },
    staffAudit() {
      return { status: 200, body: ctx.store.state.audit };
    },
    staffDataUpdates() {
      return { status: 200, body: ctx.store.state.dataUpdates };
    },
    staffLeads() {
      return { status: 200, body: ctx.store.state.leads };
    },
    staffTerminals() {
      return { status: 200, body: Object.values(ctx.store.state.terminals) };
    },
  };
}
