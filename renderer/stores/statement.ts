import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Statement } from '../../shared/contract/central/statement';
import { kiosk } from '../bridge';
import { periodRange, type Period, type PeriodId } from '../domain/periods';
import type { LoadState } from './accounts';

/** Which product family the statement screen shows. */
export const statementTabs = ['contributions', 'savings', 'cdats', 'loans'] as const;
export type StatementTab = (typeof statementTabs)[number];

/**
 * Estado de cuenta: the chosen period (kept for the print flow) and the
 * centre's statement for it. Memory only.
 */
export const useStatementStore = defineStore('statement', () => {
  const periodId = ref<PeriodId>('last-3');
  /** The dates of the chosen period, fixed when it was chosen (a session never spans midnight twice). */
  const period = ref<Period>(periodRange('last-3'));
  const tab = ref<StatementTab>('contributions');
  /** Shallow: a long history has thousands of movements, and nothing edits them. */
  const statement = shallowRef<Statement | null>(null);
  const state = ref<LoadState>('idle');
  let request = 0;

  /** The statement shown belongs to the chosen period (not a stale answer). */
  const current = computed(() =>
    statement.value && statement.value.from === period.value.from && statement.value.to === period.value.to
      ? statement.value
      : null,
  );

  /** Chooses a period and loads its statement; a slower answer for an older choice is dropped. */
  async function choose(id: PeriodId, now: Date = new Date()): Promise<void> {
    periodId.value = id;
    period.value = periodRange(id, now);
    await load();
  }

  /** Loads the statement of the chosen period from the centre. */
  async function load(): Promise<void> {
    const mine = ++request;
    state.value = 'loading';
    const result = await kiosk.statement.get({ from: period.value.from, to: period.value.to });
    if (mine !== request) {
      return;
    }
    if (result.ok) {
      statement.value = result.value;
      state.value = 'ready';
      return;
    }
    state.value = 'error';
  }

  return { periodId, period, tab, statement, state, current, choose, load };
});
