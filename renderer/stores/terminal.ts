import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { SystemInfo, SystemStatus } from '../../shared/contract/kiosk-api';
import type { KioskError } from '../../shared/result';
import { kiosk } from '../bridge';

/** This terminal: identity, branding, service state, and the live status of the centre and printers. */
export const useTerminalStore = defineStore('terminal', () => {
  const info = ref<SystemInfo | null>(null);
  const loadError = ref<KioskError | null>(null);
  const status = ref<SystemStatus | null>(null);
  const statusError = ref<KioskError | null>(null);

  let loading: Promise<void> | null = null;

  /** Reads the terminal's identity and config once at start; a failure means the bridge is down (out of service). */
  function load(): Promise<void> {
    loading ??= (async () => {
      const result = await kiosk.system.info();
      if (result.ok) {
        info.value = result.value;
        loadError.value = null;
      } else {
        loadError.value = result.error;
        loading = null; // a later call may retry
      }
    })();
    return loading;
  }

  /** Asks main for a fresh round trip to the centre and the printer states; keeps the last good status on failure. */
  async function refreshStatus(): Promise<void> {
    const result = await kiosk.system.status();
    if (result.ok) {
      status.value = result.value;
      statusError.value = null;
    } else {
      statusError.value = result.error;
    }
  }

  return { info, loadError, status, statusError, load, refreshStatus };
});
