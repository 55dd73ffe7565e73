import { onScopeDispose, readonly, ref, type Ref } from 'vue';

export interface Countdown {
  /** Whole seconds left; 0 when not running. */
  readonly remaining: Readonly<Ref<number>>;
  /** (Re)starts from `seconds`; 0 or less does nothing. */
  readonly start: (seconds: number) => void;
  readonly stop: () => void;
}

/** A seconds countdown (retry delays, automatic returns), stopped with the caller's scope. */
export function useCountdown(onDone?: () => void): Countdown {
  const remaining = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;

  function stop(): void {
    clearInterval(timer);
    timer = undefined;
  }

  function start(seconds: number): void {
    stop();
    remaining.value = Math.max(0, Math.ceil(seconds));
    if (remaining.value === 0) {
      return;
    }
    timer = setInterval(() => {
      remaining.value -= 1;
      if (remaining.value <= 0) {
        stop();
        onDone?.();
      }
    }, 1000);
  }

  onScopeDispose(stop);
  return { remaining: readonly(remaining), start, stop };
}
