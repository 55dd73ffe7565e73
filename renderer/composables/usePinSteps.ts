import { computed, ref, type ComputedRef, type Ref } from 'vue';

export interface PinSteps<S extends string> {
  /** The step the keypad is on. */
  readonly step: ComputedRef<S>;
  /** Changes on every step and every restart: key the keypad on it so each entry starts clean (and reshuffled). */
  readonly entry: Readonly<Ref<number>>;
  readonly isLast: ComputedRef<boolean>;
  /** Takes the PIN for the current step; after the last step returns every PIN entered, in step order. */
  readonly accept: (pin: string) => string[] | null;
  /** Goes back to `step`, forgetting what was typed from there on (e.g. after a refused new PIN). */
  readonly restartAt: (step: S) => void;
  /** Forgets every PIN (after success). */
  readonly forget: () => void;
  /** The PIN entered at an earlier step (to compare a new PIN with the current one). */
  readonly entered: (step: S) => string | undefined;
}

/**
 * Several PIN entries in a row ("clave actual", "nueva", "otra vez"). The
 * PINs wait in a plain closure array, never in reactive state, until the
 * last step hands them over; earlier ones are kept only so that a refused new
 * PIN does not make the member type the current one again.
 */
export function usePinSteps<S extends string>(steps: readonly [S, ...S[]]): PinSteps<S> {
  const index = ref(0);
  const entry = ref(0);
  let entered: string[] = [];

  const step = computed(() => steps[index.value] ?? steps[0]);
  const isLast = computed(() => index.value === steps.length - 1);

  function accept(pin: string): string[] | null {
    entered[index.value] = pin;
    if (index.value < steps.length - 1) {
      index.value += 1;
      entry.value += 1;
      return null;
    }
    return [...entered];
  }

  function restartAt(target: S): void {
    const at = Math.max(0, steps.indexOf(target));
    entered = entered.slice(0, at);
    index.value = at;
    entry.value += 1;
  }

  function forget(): void {
    entered = [];
  }

  function enteredAt(target: S): string | undefined {
    return entered[steps.indexOf(target)];
  }

  return { step, entry, isLast, accept, restartAt, forget, entered: enteredAt };
}
