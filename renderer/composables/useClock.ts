import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';

/** The current time, updated on each minute boundary (the strip shows hours and minutes only). */
export function useClock(): ShallowRef<Date> {
  const now = shallowRef(new Date());
  let timer: ReturnType<typeof setTimeout> | undefined;

  function schedule(): void {
    const msToNextMinute = 60_000 - (Date.now() % 60_000);
    timer = setTimeout(() => {
      now.value = new Date();
      schedule();
    }, msToNextMinute);
  }

  schedule();
  onScopeDispose(() => clearTimeout(timer));
  return now;
}
