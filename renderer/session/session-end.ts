import { signedOutRoute } from '../../shared/contract/page-routes';
import type { KioskLocale, SignOutReason } from '../../shared/contract/values';
import type { Result } from '../../shared/result';
import { clearWebStorage, reloadAt, type PageEnvironment } from './wipe';

/** What the page records when its session ends (the sealed session audit); it resolves within a bounded time. */
export type EndRecorder = (reason: SignOutReason) => Promise<void>;

export interface SessionEndDeps {
  /** The bridge's auth.signOut, unwrapped: main ends the session, clears the page's data and reloads it. */
  readonly signOut: (reason: SignOutReason, locale: KioskLocale) => Promise<Result<null>>;
  /** The language on screen when the session ends: the advice after it is shown in it. */
  readonly locale: () => KioskLocale;
  readonly page: PageEnvironment;
  /** If main has not reloaded the page this long after auth.signOut, the page reloads itself. */
  readonly selfReloadMs?: number;
  readonly setTimer?: (fn: () => void, ms: number) => void;
}

export interface SessionEnd {
  /**
   * The one way a session ends in the page, whoever noticed first ("Salir",
   * the inactivity guard, main's `session-ended` event, an answer saying the
   * session expired): record the end once, clear Web Storage, then ask main
   * for the wipe and the reload. Only the first call acts.
   */
  end(reason: SignOutReason): Promise<void>;
  /** Sets (at sign-in) or clears what is recorded when the session ends. */
  onEnding(recorder: EndRecorder | null): void;
  /** True once the end has started: nothing more should reach main for this member. */
  readonly ending: boolean;
}

export function createSessionEnd({
  signOut,
  locale,
  page,
  selfReloadMs = 3_000,
  setTimer = (fn, ms) => void setTimeout(fn, ms),
}: SessionEndDeps): SessionEnd {
  let running: Promise<void> | null = null;
  let recorder: EndRecorder | null = null;

  async function run(reason: SignOutReason): Promise<void> {
    const record = recorder;
    recorder = null;
    if (record) {
      await record(reason).catch(() => undefined);
    }
    await clearWebStorage(page);
    const language = locale();
    const asked = await signOut(reason, language);
    // Main reloads the page now; if it could not be told (host gone), do not leave the member's screen up.
    setTimer(() => reloadAt(page.location, signedOutRoute(reason, language)), asked.ok ? selfReloadMs : 0);
  }

  return {
    end: (reason) => (running ??= run(reason)),
    onEnding(next) {
      recorder = next;
    },
    get ending() {
      return running !== null;
    },
  };
}
