import { onScopeDispose } from 'vue';
import { useTerminalStore } from '../stores/terminal';

export const STATUS_POLL_MS = 15_000;

/**
 * Refreshes the centre and printer status now and every 15 s until the
 * calling component unmounts. The next check is scheduled only after the
 * previous one answered, so a slow centre never piles up requests.
 */
export function useStatusPolling(intervalMs: number = STATUS_POLL_MS): void {
  const terminal = useTerminalStore();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function tick(): Promise<void> {
    await terminal.refreshStatus();
    if (!stopped) {
      timer = setTimeout(() => void tick(), intervalMs);
    }
  }

  void tick();
  onScopeDispose(() => {
    stopped = true;
    clearTimeout(timer);
  });
}
