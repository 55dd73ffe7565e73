import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import { useSessionStore } from '../stores/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Needs a signed-in member: shows "Salir" and the inactivity guard. */
    member?: boolean;
    /** Only for someone not signed in (welcome, sign-in, forgotten PIN): a member goes home instead. */
    guestOnly?: boolean;
  }
}

/**
 * Who may see what. Member screens need a session; a session opened with a
 * temporary credential reaches only "Cree su clave" (and "Salir", which is an
 * action, not a route); a signed-in member who goes back to the sign-in
 * screens is taken home.
 */
export async function sessionGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  const store = useSessionStore();
  if (to.meta.member && !store.session) {
    await store.restore();
  }
  const session = store.session;
  if (to.meta.member) {
    if (!session) {
      return { name: 'welcome' };
    }
    if (session.mustChangePin) {
      return to.name === 'create-pin' ? true : { name: 'create-pin' };
    }
    return to.name === 'create-pin' ? { name: 'home' } : true;
  }
  if (session && to.meta.guestOnly) {
    return { name: session.mustChangePin ? 'create-pin' : 'home' };
  }
  return true;
}
