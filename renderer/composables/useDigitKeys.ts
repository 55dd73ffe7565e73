import { onScopeDispose } from 'vue';

export interface DigitKeyHandlers {
  digit(value: string): void;
  backspace(): void;
  clear(): void;
  enter?(): void;
}

/**
 * Physical keyboard input for the on-screen keypads, for teller workstations:
 * digits (main row and numpad), letters too where the keypad has them
 * (passports), Backspace = Corregir, Delete = Borrar, Enter. Listens on the
 * window while the caller's scope lives.
 */
export function useDigitKeys(
  handlers: DigitKeyHandlers,
  { letters = false }: { readonly letters?: boolean } = {},
): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    if (/^[0-9]$/.test(event.key) || (letters && /^[A-Za-z]$/.test(event.key))) {
      handlers.digit(event.key.toUpperCase());
    } else if (event.key === 'Backspace') {
      handlers.backspace();
    } else if (event.key === 'Delete') {
      handlers.clear();
    } else if (event.key === 'Enter' && handlers.enter && !isButton(event.target)) {
      // A focused button already acts on Enter; handling it here too would act twice.
      handlers.enter();
    } else {
      return;
    }
    event.preventDefault();
  }

  window.addEventListener('keydown', onKeydown);
  onScopeDispose(() => window.removeEventListener('keydown', onKeydown));
}

function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, [role="button"]') !== null;
}
