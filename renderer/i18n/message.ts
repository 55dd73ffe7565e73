import type { MessageContext, MessageFunction } from 'vue-i18n';

/**
 * A message that carries values, written as a function of those values.
 *
 * The production CSP forbids eval, and the kiosk ships without vue-i18n's
 * message compiler: plain strings are shown as they are, so a message with
 * `{name}` placeholders would print the braces. A function needs no compiler.
 */
export function withValues(render: (value: (name: string) => string) => string): MessageFunction<string> {
  return (ctx: MessageContext<string>) => render((name) => String(ctx.named(name)));
}

/** Characters vue-i18n's compiler treats as syntax; plain messages must avoid them. */
export const messageSyntax = /[{}@|]/;
