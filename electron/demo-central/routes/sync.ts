import {
  isSyncEventType,
  syncPayloadProblem,
  syncPayloadSchemas,
  type SyncEvent,
  type SyncEventType,
  type SyncResult,
} from '../../../shared/contract/central';
import type { CentralContext, Handlers } from '../context';
import { cooperative, personaById, type Persona } from '../personas';
import { memberStreamId } from '../secrets';
import { isPasswordProtectedPdf, statementEmailText } from '../statement-email';
import { statementPdfForEmail } from '../statement-pdf';
import { streamKey, type DemoState } from '../store';
import { statement } from '../views';

/** What an accepted event changes in the state, applied in the batch's one commit. */
type Change = (state: DemoState) => void;

type Staged = { readonly result: SyncResult; readonly change?: Change };

/**
 * POST /v1/sync. Each event is applied exactly once:
 * - its id is claimed before any side effect (a concurrent copy answers
 *   'in-progress' and is sent again later; an applied one 'duplicate');
 * - side effects are idempotent by event id (the statement e-mail is sent
 *   under the event's id, so a replay after a crash does not mail twice);
 * - the batch's changes reach memory and disk together, in one commit, after
 *   the side effects; a commit that fails leaves the state as it was and the
 *   batch is answered with an error, so the terminal retries it.
 * Order is kept per (terminal, stream), the terminal being the one its
 * credential proved: two terminals numbering the same member's events from 1
 * never refuse each other's.
 */
export function syncHandlers(ctx: CentralContext): Pick<Handlers, 'sync'> {
  return {
    async sync({ body, terminalId }) {
      const claimed: string[] = [];
      const batchLast = new Map<string, number>();
      const staged: Staged[] = [];
      try {
        for (const event of body.events) {
          staged.push(await stage(ctx, event, terminalId, claimed, batchLast));
        }
        ctx.store.commit((state) => {
          for (const { change } of staged) {
            change?.(state);
          }
        });
      } finally {
        for (const id of claimed) {
          ctx.inFlight.delete(id);
        }
      }
      const results = staged.map((s) => s.result);
      const accepted = results.filter((r) => r.status === 'accepted').length;
      ctx.log.info('demo-central.sync', { events: results.length, accepted });
      return { status: 200, body: { results } };
    },
  };
}

const rejected = (event: SyncEvent, reason: string): Staged => ({
  result: { id: event.id, status: 'rejected', reason },
});

async function stage(
  ctx: CentralContext,
  event: SyncEvent,
  terminalId: string,
  claimed: string[],
  batchLast: Map<string, number>,
): Promise<Staged> {
  const { state } = ctx.store;
  if (Object.hasOwn(state.processedEvents, event.id)) {
    return { result: { id: event.id, status: 'duplicate' } };
  }
  if (ctx.inFlight.has(event.id)) {
    return { result: { id: event.id, status: 'in-progress' } };
  }
  const key = streamKey(terminalId, event.stream);
  const last = Math.max(state.streams[key] ?? 0, batchLast.get(key) ?? 0);
  if (event.sequence <= last) {
    return rejected(event, 'stale-sequence');
  }
  if (!isSyncEventType(event.type)) {
    return rejected(event, 'unknown-type');
  }
  const problem = syncPayloadProblem(event.payload);
  if (problem) {
    ctx.log.warn('demo-central.payload-refused', { type: event.type, problem: problem.slice(0, 120) });
    return rejected(event, 'invalid-payload');
  }
  // Claimed synchronously after the checks: no await between "not seen" and "mine".
  ctx.inFlight.add(event.id);
  claimed.push(event.id);
  const applied = await apply(ctx, event, event.type, terminalId);
  if ('reason' in applied) {
    return rejected(event, applied.reason);
  }
  batchLast.set(key, event.sequence);
  const receivedAt = ctx.now().toISOString();
  return {
    result: { id: event.id, status: 'accepted' },
    change: (s) => {
      applied.record(s, { eventId: event.id, receivedAt });
      s.processedEvents[event.id] = { type: event.type, at: receivedAt };
      s.streams[key] = Math.max(s.streams[key] ?? 0, event.sequence);
    },
  };
}

type Base = { readonly eventId: string; readonly receivedAt: string };
type Applied = { readonly record: (state: DemoState, base: Base) => void } | { readonly reason: string };

/** A member named in a payload must be the one the event's stream belongs to on this terminal. */
function memberOfStream(ctx: CentralContext, event: SyncEvent, terminalId: string, memberId: string | null): boolean {
  const [kind, id] = event.stream.split(':');
  if (kind !== 'member') {
    return true;
  }
  return memberId !== null && id === memberStreamId(ctx.store.state.streamSecret, terminalId, memberId);
}

async function apply(ctx: CentralContext, event: SyncEvent, type: SyncEventType, terminalId: string): Promise<Applied> {
  switch (type) {
    case 'print.audit': {
      const p = syncPayloadSchemas['print.audit'].safeParse(event.payload);
      if (!p.success) {
        return { reason: 'invalid-payload' };
      }
      if (!memberOfStream(ctx, event, terminalId, p.data.memberId)) {
        return { reason: 'stream-mismatch' };
      }
      return { record: (s, base) => void s.audit.push({ ...p.data, ...base }) };
    }
    case 'data-update.request': {
      const p = syncPayloadSchemas['data-update.request'].safeParse(event.payload);
      if (!p.success) {
        return { reason: 'invalid-payload' };
      }
      if (!personaById(p.data.memberId)) {
        return { reason: 'unknown-member' };
      }
      if (!memberOfStream(ctx, event, terminalId, p.data.memberId)) {
        return { reason: 'stream-mismatch' };
      }
      return { record: (s, base) => void s.dataUpdates.push({ ...p.data, ...base, status: 'pending' }) };
    }
    case 'statement.email': {
      const p = syncPayloadSchemas['statement.email'].safeParse(event.payload);
      if (!p.success || p.data.from > p.data.to) {
        return { reason: 'invalid-payload' };
      }
      const persona = personaById(p.data.memberId);
      if (!persona?.email) {
        return { reason: persona ? 'no-email' : 'unknown-member' };
      }
      if (!memberOfStream(ctx, event, terminalId, p.data.memberId)) {
        return { reason: 'stream-mismatch' };
      }
      await emailStatement(ctx, event.id, persona, persona.email, p.data, terminalId);
      return { record: () => undefined };
    }
    case 'lead': {
      const p = syncPayloadSchemas.lead.safeParse(event.payload);
      if (!p.success) {
        return { reason: 'invalid-payload' };
      }
      if (!memberOfStream(ctx, event, terminalId, p.data.memberId)) {
        return { reason: 'stream-mismatch' };
      }
      return { record: (s, base) => void s.leads.push({ ...base, terminalId, payload: p.data }) };
    }
    case 'session.audit': {
      const p = syncPayloadSchemas['session.audit'].safeParse(event.payload);
      if (!p.success) {
        return { reason: 'invalid-payload' };
      }
      if (!memberOfStream(ctx, event, terminalId, p.data.memberId)) {
        return { reason: 'stream-mismatch' };
      }
      return { record: (s, base) => void s.sessionAudit.push({ ...base, payload: p.data }) };
    }
  }
}

/** The e-mail of a `statement.email` event, sent once per event id whatever happens to the request. */
async function emailStatement(
  ctx: CentralContext,
  eventId: string,
  persona: Persona,
  email: string,
  period: { readonly from: string; readonly to: string; readonly pdfBase64?: string | undefined },
  terminalId: string,
): Promise<void> {
  if (ctx.mailer.sent(eventId)) {
    return;
  }
  const receivedAt = ctx.now().toISOString();
  const s = statement(ctx.portfolio(persona), period.from, period.to, receivedAt);
  // A kiosk's PDF goes out as it came only when it is password-protected; otherwise (or without one)
  // the centre renders the full statement itself, protected with the member's document number.
  const fromKiosk = period.pdfBase64 ? Buffer.from(period.pdfBase64, 'base64') : null;
  const pdf =
    fromKiosk && isPasswordProtectedPdf(fromKiosk)
      ? fromKiosk
      : await statementPdfForEmail(ctx, persona, period, terminalId, receivedAt);
  const attachment = pdf
    ? { filename: `estado-de-cuenta-${period.from}-${period.to}.pdf`, contentType: 'application/pdf', data: pdf }
    : undefined;
  await ctx.mailer.send(
    email,
    `Su estado de cuenta — ${cooperative.name}`,
    statementEmailText(persona.firstName, s, pdf !== null),
    attachment,
    {
      key: eventId,
    },
  );
}
