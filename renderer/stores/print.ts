import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { PrinterState } from '../../shared/contract/kiosk-api';
import type { PrintPreview, PrintStatementResult, PrintStatus, PrintTarget } from '../../shared/contract/kiosk-print';
import { kiosk } from '../bridge';
import { memberStream, printAuditPayload, type PrintAttempt } from '../domain/print-audit';
import type { PrintFailure } from '../domain/print-messages';
import { isPrintableState, printerStates, printTargets } from '../../shared/contract/values';
import { shownLocale } from '../i18n/shown-locale';
import { currentOutbox } from '../outbox/instance';
import { useSessionStore } from './session';
import { useStatementStore } from './statement';
import { useTerminalStore } from './terminal';

/** Where the print flow is: each step is one view of the print screen (`data-step`). */
export type PrintStep = 'checking' | 'choose' | 'preview' | 'printing' | 'printed' | 'failed' | 'too-long' | 'emailed';

/** A laser statement over the terminal's page cap: how long it is and what the terminal prints. */
export interface PageCap {
  readonly pages: number;
  readonly maxPages: number;
}

function pageCapOf(details: Readonly<Record<string, unknown>> | undefined): PageCap | null {
  const { pages, maxPages } = details ?? {};
  return typeof pages === 'number' && typeof maxPages === 'number' ? { pages, maxPages } : null;
}

function stateOf(details: Readonly<Record<string, unknown>> | undefined): PrinterState | null {
  const state = details?.state;
  return typeof state === 'string' && (printerStates as readonly string[]).includes(state)
    ? (state as PrinterState)
    : null;
}

/**
 * Printing the statement of the period chosen on the statement screen:
 * printer status → choice → preview → print → result, or the registered
 * e-mail when no printer can print. Every attempt leaves a `print.audit`
 * event in the outbox, sealed (it names the member).
 */
export const usePrintStore = defineStore('print', () => {
  const step = ref<PrintStep>('checking');
  const printers = ref<PrintStatus | null>(null);
  const target = ref<PrintTarget | null>(null);
  const preview = shallowRef<PrintPreview | null>(null);
  const previewFailed = ref(false);
  const result = shallowRef<PrintStatementResult | null>(null);
  const failure = ref<PrintFailure | null>(null);
  const pageCap = ref<PageCap | null>(null);
  const emailFailed = ref(false);
  const busy = ref(false);

  /** Printers that can print now, receipt first. */
  const offered = computed<PrintTarget[]>(() => {
    const status = printers.value;
    return status ? printTargets.filter((t) => isPrintableState(status[t].state)) : [];
  });

  /** Asks main for fresh printer states (none offered when it cannot tell). */
  async function checkPrinters(): Promise<void> {
    const status = await kiosk.print.status();
    printers.value = status.ok ? status.value : null;
  }

  /** Starts the flow afresh: printer states, then the choice. */
  async function start(): Promise<void> {
    step.value = 'checking';
    target.value = null;
    preview.value = null;
    result.value = null;
    failure.value = null;
    pageCap.value = null;
    emailFailed.value = false;
    await checkPrinters();
    step.value = 'choose';
  }

  /** Too long for this terminal: say so and offer the e-mail (and a printer without the cap). */
  async function tooLong(details: Readonly<Record<string, unknown>> | undefined): Promise<void> {
    pageCap.value = pageCapOf(details);
    await checkPrinters();
    step.value = 'too-long';
  }

  /** Picks a printer and shows what would print on it. */
  async function choose(chosen: PrintTarget): Promise<void> {
    target.value = chosen;
    preview.value = null;
    previewFailed.value = false;
    step.value = 'preview';
    const { period } = useStatementStore();
    const answer = await kiosk.print.preview({
      from: period.from,
      to: period.to,
      target: chosen,
      // The paper's labels in the member's language; the centre's data prints as it comes.
      locale: shownLocale(),
    });
    if (target.value !== chosen || step.value !== 'preview') {
      return;
    }
    if (answer.ok) {
      preview.value = answer.value;
    } else if (answer.error.code === 'too-many-pages') {
      await tooLong(answer.error.details);
    } else if (answer.error.code !== 'session-expired') {
      previewFailed.value = true;
    }
  }

  /** Back from the preview to the choice, with fresh states. */
  async function cancelPreview(): Promise<void> {
    await start();
  }

  /** Prints on the chosen printer, records the attempt, and shows the result. */
  async function confirm(): Promise<void> {
    const chosen = target.value;
    const member = useSessionStore().session?.member;
    if (!chosen || !member || busy.value) {
      return;
    }
    busy.value = true;
    step.value = 'printing';
    const { period } = useStatementStore();
    const answer = await kiosk.print.statement({
      from: period.from,
      to: period.to,
      target: chosen,
      // The paper's labels in the member's language; the centre's data prints as it comes.
      locale: shownLocale(),
    });
    const outcome: PrintAttempt['outcome'] = answer.ok
      ? { printed: true, verificationCode: answer.value.verificationCode }
      : { printed: false, error: answer.error };
    await audit(
      {
        period: { ...period },
        target: chosen,
        memberId: member.id,
        terminalId: useTerminalStore().info?.terminalId ?? '',
        outcome,
      },
      member,
    );
    busy.value = false;
    if (answer.ok) {
      result.value = answer.value;
      step.value = 'printed';
      return;
    }
    if (answer.error.code === 'session-expired') {
      // The bridge client is ending the session; nothing more to show.
      return;
    }
    if (answer.error.code === 'too-many-pages') {
      await tooLong(answer.error.details);
      return;
    }
    failure.value = { target: chosen, code: answer.error.code, state: stateOf(answer.error.details) };
    // The other options: whatever is ready now, and the e-mail.
    await checkPrinters();
    step.value = 'failed';
  }

  /** Queues the print audit; a failure to queue never changes what the member is told. */
  async function audit(attempt: PrintAttempt, member: { readonly streamId: string }): Promise<void> {
    await currentOutbox()
      ?.enqueue('print.audit', memberStream(member), printAuditPayload(attempt), { personal: true })
      .catch(() => undefined);
  }

  /** "Enviar a mi correo": the centre renders the PDF and mails it to the registered address. */
  async function sendByEmail(): Promise<void> {
    const member = useSessionStore().session?.member;
    const outbox = currentOutbox();
    if (!member?.emailMasked || busy.value) {
      return;
    }
    busy.value = true;
    emailFailed.value = false;
    const { period } = useStatementStore();
    const queued = outbox
      ? await outbox
          .enqueue(
            'statement.email',
            memberStream(member),
            { memberId: member.id, from: period.from, to: period.to },
            { personal: true },
          )
          .catch(() => null)
      : null;
    busy.value = false;
    if (queued?.ok) {
      step.value = 'emailed';
    } else {
      emailFailed.value = true;
    }
  }

  return {
    step,
    printers,
    target,
    preview,
    previewFailed,
    result,
    failure,
    pageCap,
    emailFailed,
    busy,
    offered,
    checkPrinters,
    start,
    choose,
    cancelPreview,
    confirm,
    sendByEmail,
  };
});
