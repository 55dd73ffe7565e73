import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AccountsSummary } from '../../shared/contract/central/members';
import { kiosk } from '../bridge';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The member's products for the home cards (aportes, ahorros, CDAT,
 * créditos), as the centre reports them now. Memory only: sign-out reloads
 * the page.
 */
export const useAccountsStore = defineStore('accounts', () => {
  const summary = ref<AccountsSummary | null>(null);
  const state = ref<LoadState>('idle');

  /** Asks the centre for every product's balances (an expired session is ended by the bridge client). */
  async function load(): Promise<void> {
    state.value = 'loading';
    const result = await kiosk.accounts.summary();
    if (result.ok) {
      summary.value = result.value;
      state.value = 'ready';
      return;
    }
    state.value = 'error';
  }

  /** Loads once per visit unless already loaded (the statement screen needs loan positions). */
  async function ensureLoaded(): Promise<void> {
    if (state.value !== 'ready' && state.value !== 'loading') {
      await load();
    }
  }

  return { summary, state, load, ensureLoaded };
});
