import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, ref } from 'vue';
import { useAbandonedSignIn } from '../../../renderer/composables/useAbandonedSignIn';
import { useSignInStore } from '../../../renderer/stores/sign-in';

const replace = vi.fn(() => Promise.resolve());
vi.mock('vue-router', () => ({ useRouter: () => ({ replace, push: vi.fn() }) }));

describe('abandoned sign-in', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setActivePinia(createPinia());
    replace.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('forgets the typed document and returns to welcome after the idle time, unless someone taps', () => {
    const target = new EventTarget();
    const active = ref(true);
    const store = useSignInStore();
    store.documentNumber = '1010101010';
    const scope = effectScope();
    scope.run(() => useAbandonedSignIn(active, () => 30, target));

    vi.advanceTimersByTime(20_000);
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(20_000);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(replace).toHaveBeenCalledWith({ name: 'welcome' });
    expect(store.documentNumber).toBe('');
    scope.stop();
  });

  it('does nothing on other screens', () => {
    const active = ref(false);
    const scope = effectScope();
    scope.run(() => useAbandonedSignIn(active, () => 30, new EventTarget()));
    vi.advanceTimersByTime(60_000);
    expect(replace).not.toHaveBeenCalled();
    scope.stop();
  });
});
