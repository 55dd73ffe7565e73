import { onScopeDispose, watch, type Ref } from 'vue';
import { useRouter } from 'vue-router';
import { useSignInStore } from '../stores/sign-in';

const activityEvents = ['pointerdown', 'keydown', 'touchstart'] as const;

/**
 * A sign-in left half-way shows a typed document number to whoever comes
 * next. After `idleSeconds` without a tap on a signed-out screen other than
 * welcome, forget what was typed and go back to the welcome screen.
 */
export function useAbandonedSignIn(
  active: Ref<boolean>,
  idleSeconds: () => number,
  target: EventTarget = window,
): void {
  const router = useRouter();
  const signIn = useSignInStore();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const arm = (): void => {
    stop();
    timer = setTimeout(() => {
      signIn.reset();
      void router.replace({ name: 'welcome' });
    }, idleSeconds() * 1000);
  };
  const onActivity = (): void => {
    if (active.value) {
      arm();
    }
  };

  for (const type of activityEvents) {
    target.addEventListener(type, onActivity, { capture: true, passive: true });
  }
  watch(active, (on) => (on ? arm() : stop()), { immediate: true });
  onScopeDispose(() => {
    stop();
    for (const type of activityEvents) {
      target.removeEventListener(type, onActivity, { capture: true });
    }
  });
}
