import { onScopeDispose, ref, type Ref } from 'vue';

export const PRESS_FEEDBACK_MS = 140;

/**
 * A short "pressed" mark for the key last tapped or typed. `:active` alone is
 * not enough: it does not fire for physical keys, and on some touch screens a
 * quick tap ends before the browser paints it.
 */
export function usePressFeedback(durationMs: number = PRESS_FEEDBACK_MS): {
  pressed: Ref<string | null>;
  flash: (key: string) => void;
} {
  const pressed = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flash(key: string): void {
    clearTimeout(timer);
    pressed.value = key;
    timer = setTimeout(() => {
      pressed.value = null;
    }, durationMs);
  }

  onScopeDispose(() => clearTimeout(timer));
  return { pressed, flash };
}
