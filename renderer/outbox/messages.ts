/**
 * The indicator's words. Kept here until the i18n files are free to merge
 * into (the sign-in work is editing them); then they move to status.outbox.*.
 */
export interface OutboxMessages {
  readonly waiting: (n: number) => string;
  readonly paused: string;
  readonly dead: (n: number) => string;
}

export const outboxMessages: Readonly<Record<'es-CO' | 'en', OutboxMessages>> = {
  'es-CO': {
    waiting: (n: number) => (n === 1 ? '1 envío pendiente' : `${n} envíos pendientes`),
    paused: 'en espera de la central',
    dead: (n: number) => (n === 1 ? '1 para revisión' : `${n} para revisión`),
  },
  en: {
    waiting: (n: number) => (n === 1 ? '1 item waiting to send' : `${n} items waiting to send`),
    paused: 'waiting for the central system',
    dead: (n: number) => `${n} to review`,
  },
};

export function outboxMessagesFor(locale: string): OutboxMessages {
  return locale === 'en' ? outboxMessages.en : outboxMessages['es-CO'];
}
