import { memberStream } from '../domain/print-audit';
import type { SessionAuditAction } from '../domain/session-audit';
import { currentOutbox } from './instance';

/** How long a sign-out waits for its audit record to be durable before wiping anyway. */
export const auditWaitMs = 1_500;

/**
 * Queues a sealed `session.audit` event and resolves when it is durable, or
 * after `auditWaitMs`: an audit must never keep a member's screen up.
 */
export async function recordSessionAudit(
  action: SessionAuditAction,
  member: { readonly id: string; readonly streamId: string },
  terminalId: string,
): Promise<void> {
  const outbox = currentOutbox();
  if (!outbox) {
    return;
  }
  const write = outbox
    .enqueue(
      'session.audit',
      memberStream(member),
      { action, memberId: member.id, terminalId, teller: null },
      { personal: true },
    )
    .then(
      () => undefined,
      () => undefined,
    );
  await Promise.race([write, new Promise<void>((resolve) => setTimeout(resolve, auditWaitMs))]);
}
