import type { App } from 'vue';
import type { Router } from 'vue-router';
import type { KioskApi } from '../shared/contract/kiosk-api';
import type { SignOutReason } from '../shared/contract/values';

/** How long the apology stays before the session ends and the page reloads. */
export const apologyMs = 3_000;
/** One page reports at most this many errors: a page failing in a loop stops telling main after that. */
const maxReportsPerPage = 30;

export interface ErrorReportingDeps {
  readonly reportError: KioskApi['system']['reportError'];
  /** The page's one session-end path (renderer/session/session-end.ts). */
  readonly endSession: (reason: SignOutReason) => Promise<void>;
  /** "Algo salió mal. Volvemos al inicio." in the page's language. */
  readonly apology: () => string;
  readonly router: Pick<Router, 'currentRoute'>;
  readonly window: Pick<Window, 'addEventListener'>;
  readonly document: Pick<Document, 'createElement' | 'body'>;
  readonly setTimer?: (fn: () => void, ms: number) => void;
}

function describe(error: unknown): { message: string; stack: string } {
  if (error instanceof Error) {
    return { message: `${error.name}: ${error.message}`.slice(0, 500), stack: (error.stack ?? '').slice(0, 4_000) };
  }
  return { message: String(error).slice(0, 500), stack: '' };
}

/**
 * Every error of the page is reported to main's log through one bridge
 * method (message and stack only; main scrubs and rate-limits it). An error
 * inside a Vue component leaves a screen half drawn: the member sees "Algo
 * salió mal. Volvemos al inicio." (written outside Vue, which may be what is
 * broken), and the session ends through the one session-end path.
 */
export function installErrorReporting(app: App, deps: ErrorReportingDeps): void {
  const { setTimer = (fn, ms) => void setTimeout(fn, ms) } = deps;
  let reports = 0;
  let apologising = false;
  const screen = (): string => {
    const name = deps.router.currentRoute.value.name;
    return typeof name === 'string' && /^[a-z-]{0,40}$/.test(name) ? name : '';
  };
  const report = (kind: 'vue' | 'error' | 'unhandledrejection', error: unknown): void => {
    if (reports >= maxReportsPerPage) {
      return;
    }
    reports += 1;
    // A report that fails has nowhere else to go; it must not raise another.
    void deps.reportError({ kind, ...describe(error), screen: screen() }).catch(() => undefined);
  };
  const apologise = (): void => {
    if (apologising) {
      return;
    }
    apologising = true;
    const notice = deps.document.createElement('div');
    notice.className = 'fatal-apology';
    notice.setAttribute('role', 'alert');
    notice.setAttribute('data-testid', 'fatal-apology');
    notice.textContent = deps.apology();
    deps.document.body.append(notice);
    setTimer(() => void deps.endSession('error'), apologyMs);
  };

  app.config.errorHandler = (error) => {
    report('vue', error);
    apologise();
  };
  deps.window.addEventListener('error', (event) => report('error', event.error ?? event.message));
  deps.window.addEventListener('unhandledrejection', (event) => report('unhandledrejection', event.reason));
}
