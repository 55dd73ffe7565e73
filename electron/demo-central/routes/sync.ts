import { isSyncEventType, syncPayloadSchemas, type SyncEvent, type SyncResult } from '../../../shared/contract/central';
import type { CentralContext, Handlers } from '../context';
import { personaById } from '../personas';
import { statement } from '../views';
import { formatCop } from '../../../shared/domain/money';
import { statementPdfForEmail } from '../statement-pdf';

/**
 * POST /v1/sync: each event applied at most once (its id is the idempotency
 * key, kept in the state file), in stream order (a sequence not above the
 * last accepted one is stale), one bad event never blocking the others.
 */
export function syncHandlers(ctx: CentralContext): Pick<Handlers, 'sync'> {
  return {
    async sync({ body, terminalId }) {
      const results: SyncResult[] = [];
      for (const event of body.events) {
        results.push(await applyEvent(ctx, event, terminalId));
      }
      ctx.store.save();
      const accepted = results.filter((r) => r.status === 'accepted').length;
      ctx.log.info('demo-central.sync', { events: results.length, accepted });
      return { status: 200, body: { results } };
    },
  };
}

async function applyEvent(ctx: CentralContext, event: SyncEvent, terminalId: string): Promise<SyncResult> {
  const state = ctx.store.state;
  if (Object.hasOwn(state.processedEvents, event.id)) {
    return { id: event.id, status: 'duplicate' };
  }
  if (event.sequence <= (state.streams[event.stream] ?? 0)) {
    return { id: event.id, status: 'rejected', reason: 'stale-sequence' };
  }
  if (!isSyncEventType(event.type)) {
    return { id: event.id, status: 'rejected', reason: 'unknown-type' };
  }
  const receivedAt = ctx.now().toISOString();
  const base = { eventId: event.id, receivedAt };
  switch (event.type) {
    case 'print.audit': {
      const p = syncPayloadSchemas['print.audit'].safeParse(event.payload);
      if (!p.success) {
        return { id: event.id, status: 'rejected', reason: 'invalid-payload' };
      }
      state.audit.push({ ...p.data, ...base });
      break;
    }
    case 'data-update.request': {
      const p = syncPayloadSchemas['data-update.request'].safeParse(event.payload);
      if (!p.success) {
        return { id: event.id, status: 'rejected', reason: 'invalid-payload' };
      }
      if (!personaById(p.data.memberId)) {
        return { id: event.id, status: 'rejected', reason: 'unknown-member' };
      }
      state.dataUpdates.push({ ...p.data, ...base, status: 'pending' });
      break;
    }
    case 'statement.email': {
      const p = syncPayloadSchemas['statement.email'].safeParse(event.payload);
      if (!p.success || p.data.from > p.data.to) {
        return { id: event.id, status: 'rejected', reason: 'invalid-payload' };
      }
      const persona = personaById(p.data.memberId);
      if (!persona?.email) {
        return { id: event.id, status: 'rejected', reason: persona ? 'no-email' : 'unknown-member' };
      }
      const s = statement(ctx.portfolio(persona), p.data.from, p.data.to, receivedAt);
      // Without a PDF from the kiosk the centre renders the full statement itself and attaches it.
      const pdf = p.data.pdfBase64
        ? Buffer.from(p.data.pdfBase64, 'base64')
        : await statementPdfForEmail(ctx, persona, p.data, terminalId, receivedAt);
      const lines = [
        `Hola, ${persona.firstName}:`,
        '',
        `Este es su estado de cuenta del ${p.data.from} al ${p.data.to}.`,
        `Aportes sociales: ${formatCop(s.contributions.closingBalance)}`,
        ...s.savings.map((a) => `${a.productName} ${a.accountNumber}: ${formatCop(a.closingBalance)}`),
        ...s.loans.map((l) => `Crédito ${l.lineName} ${l.accountNumber}: saldo ${formatCop(l.closingBalance)}`),
        '',
        pdf
          ? 'Adjuntamos el estado de cuenta completo en PDF.'
          : 'Puede imprimir el detalle en cualquier terminal de la cooperativa.',
      ];
      const attachment = pdf
        ? { filename: `estado-de-cuenta-${p.data.from}-${p.data.to}.pdf`, contentType: 'application/pdf', data: pdf }
        : undefined;
      await ctx.mailer.send(persona.email, 'Su estado de cuenta', lines.join('\n'), attachment);
      break;
    }
    case 'lead':
    case 'session.audit': {
      const p = syncPayloadSchemas[event.type].safeParse(event.payload);
      if (!p.success) {
        return { id: event.id, status: 'rejected', reason: 'invalid-payload' };
      }
      (event.type === 'lead' ? state.leads : state.sessionAudit).push({ ...base, payload: p.data });
      break;
    }
  }
  state.processedEvents[event.id] = { type: event.type, at: receivedAt };
  state.streams[event.stream] = event.sequence;
  return { id: event.id, status: 'accepted' };
}
