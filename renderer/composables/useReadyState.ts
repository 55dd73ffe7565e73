import { inject, nextTick, watch, type InjectionKey, type Ref } from 'vue';
import { useRouter } from 'vue-router';

/** What `<div id="app" data-state>` tells tests and the bench. */
export type AppState = 'loading' | 'ready' | 'out-of-service';

/** The element the app is mounted on; main.ts provides it. */
export const appHostKey: InjectionKey<HTMLElement> = Symbol('app-host');

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Mirrors the app state on the host's `data-state`, but only once the screen
 * for that state is rendered (router ready, DOM patched) and a frame has
 * been painted, so "ready" really means "the member can see it".
 */
export function useReadyState(state: Ref<AppState>): void {
  const host = inject(appHostKey, null);
  const router = useRouter();

  watch(
    state,
    async (next) => {
      if (next === 'ready') {
        await router.isReady();
      }
      await nextTick();
      await nextFrame();
      if (host && state.value === next) {
        host.dataset.state = next;
      }
    },
    { immediate: true },
  );
}
