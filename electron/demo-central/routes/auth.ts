import { randomInt } from 'node:crypto';
import type { CentralContext, Handlers } from '../context';
import { HttpError } from '../http';
import { cooperative, findPersona, personaById, type Persona } from '../personas';
import type { Session } from '../sessions';
import { hashSecret, verifySecret } from '../secrets';
import { checkNewPin } from '../../../shared/domain/pin-rules';
import {
  accountLocked,
  addTempCredential,
  invalidCredentials,
  matchSecret,
  maxFailures,
  memberFor,
  memberState,
  recordFailure,
  recordUnknownFailure,
  secretWork,
  throwIfRateLimited,
} from './member-auth';

type AuthHandlers = Pick<Handlers, 'login' | 'logout' | 'changePin' | 'checkPin' | 'verifyPin' | 'forgotPin'>;

/** The session and the member it belongs to; a session that names nobody is over. */
function sessionMember(given: Session | null): { readonly session: Session; readonly persona: Persona } {
  const persona = given ? personaById(given.subject) : undefined;
  if (!given || !persona) {
    throw new HttpError('session-expired', 'no member session');
  }
  return { session: given, persona };
}

export function authHandlers(ctx: CentralContext): AuthHandlers {
  return {
    async login({ body, terminalId }) {
      throwIfRateLimited(ctx, terminalId, body);
      const persona = findPersona(body.docType, body.docNumber);
      // Every failed sign-in does the same work: two scrypt derivations and one state write (a real document's
      // failure is counted there; an unknown or locked one writes the state as it is), so the time says nothing.
      if (!persona) {
        await secretWork(ctx, body.secret);
        ctx.store.commit(() => undefined);
        const failures = recordUnknownFailure(ctx, body);
        ctx.log.info('demo-central.login-failed');
        throw failures >= maxFailures ? accountLocked() : invalidCredentials(failures);
      }
      const state = memberState(ctx, persona);
      const match = await matchSecret(ctx, state, body.secret);
      if (state.locked) {
        ctx.store.commit(() => undefined);
        throw accountLocked();
      }
      if (!match) {
        recordFailure(ctx, state);
        ctx.log.info('demo-central.login-failed');
        // The failure that locks says so at once.
        throw state.locked ? accountLocked() : invalidCredentials(state.failures);
      }
      ctx.store.commit(() => {
        state.failures = 0;
        if (match.kind === 'temp' && match.credential.kind !== 'birth-date') {
          match.credential.used = true;
        }
      });
      const limited = match.kind === 'temp';
      const { token, session } = ctx.sessions.create({
        kind: 'member',
        subject: persona.id,
        limited,
        tempCredentialId: limited ? match.credential.id : null,
      });
      ctx.log.info('demo-central.login', { limited });
      return {
        status: 200,
        body: {
          token,
          expiresAt: new Date(session.expiresAtMs).toISOString(),
          mustChangePin: limited,
          member: memberFor(ctx, persona, terminalId),
        },
      };
    },

    logout({ token }) {
      if (token) {
        ctx.sessions.revoke(token);
      }
      return { status: 204 };
    },

    async changePin({ body, session: given }) {
      const { session, persona } = sessionMember(given);
      const state = memberState(ctx, persona);
      if (state.locked) {
        throw accountLocked();
      }
      // A limited session was opened with a temporary credential minutes ago: its token is the proof.
      if (!session.limited) {
        const currentOk =
          state.pinHash !== null &&
          body.currentSecret !== undefined &&
          (await verifySecret(body.currentSecret, state.pinHash));
        if (!currentOk) {
          recordFailure(ctx, state);
          throw state.locked ? accountLocked() : invalidCredentials(state.failures);
        }
      }
      const check = checkNewPin(body.newPin, { birthDate: persona.birthDate, docNumber: persona.docNumber });
      if (!check.ok) {
        throw new HttpError('pin-rejected', 'new PIN breaks a rule', { reason: check.reason });
      }
      const pinHash = await hashSecret(body.newPin);
      ctx.store.commit(() => {
        state.pinHash = pinHash;
        state.temp = [];
        state.failures = 0;
      });
      session.limited = false;
      ctx.log.info('demo-central.pin-changed');
      return { status: 204 };
    },

    checkPin({ body, session: given }) {
      const { persona } = sessionMember(given);
      const check = checkNewPin(body.newPin, { birthDate: persona.birthDate, docNumber: persona.docNumber });
      if (!check.ok) {
        throw new HttpError('pin-rejected', 'new PIN breaks a rule', { reason: check.reason });
      }
      return { status: 204 };
    },

    async verifyPin({ body, session: given }) {
      const { persona } = sessionMember(given);
      const state = memberState(ctx, persona);
      if (state.locked) {
        throw accountLocked();
      }
      if (state.pinHash === null || !(await verifySecret(body.currentSecret, state.pinHash))) {
        recordFailure(ctx, state);
        ctx.log.info('demo-central.pin-verify-failed');
        throw state.locked ? accountLocked() : invalidCredentials(state.failures);
      }
      if (state.failures > 0) {
        ctx.store.commit(() => {
          state.failures = 0;
        });
      }
      return { status: 204 };
    },

    async forgotPin({ body, terminalId }) {
      throwIfRateLimited(ctx, terminalId, body);
      const persona = findPersona(body.docType, body.docNumber);
      if (persona?.email) {
        const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
        const state = memberState(ctx, persona);
        const hash = await hashSecret(code);
        const expiresAt = new Date(ctx.now().getTime() + 24 * 3_600_000).toISOString();
        ctx.store.commit(() => addTempCredential(state, 'forgot', hash, expiresAt));
        await ctx.mailer.send(
          persona.email,
          `Su clave temporal — ${cooperative.name}`,
          forgotText(persona.firstName, code),
        );
      } else {
        // Same work as a real request, so the answer time does not tell whether the document exists.
        await hashSecret(body.docNumber);
      }
      return { status: 202, body: { status: 'accepted' } };
    },
  };
}

function forgotText(firstName: string, code: string): string {
  return [
    `Hola, ${firstName}:`,
    '',
    'Recibimos una solicitud para restablecer su clave de acceso.',
    '',
    `Su clave temporal es: ${code}`,
    '',
    'Sirve una sola vez y vence en 24 horas. Al ingresar con ella, el sistema le pedirá crear una nueva clave de 4 dígitos.',
    'Si usted no hizo esta solicitud, ignore este mensaje y acérquese a un asesor de la cooperativa.',
    '',
    'Nunca le pediremos su clave por teléfono ni por correo electrónico.',
  ].join('\n');
}
