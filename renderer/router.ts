import { createRouter, createWebHashHistory, type RouterHistory } from 'vue-router';
import PinScreen from './screens/PinScreen.vue';
import SignInScreen from './screens/SignInScreen.vue';
import WelcomeScreen from './screens/WelcomeScreen.vue';
import { useSignInStore } from './stores/sign-in';

/**
 * Hash history: the renderer is served from app:// (Electron) or a plain
 * static server (browser host), neither of which rewrites deep paths.
 * Screens are bundled eagerly: they are small, and a tap must never wait for
 * a chunk to load.
 */
export function createKioskRouter(history: RouterHistory = createWebHashHistory()) {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'welcome', component: WelcomeScreen },
      { path: '/ingresar', name: 'sign-in', component: SignInScreen },
      {
        path: '/ingresar/clave',
        name: 'sign-in-pin',
        component: PinScreen,
        // The PIN step means nothing without a document (e.g. after a reload).
        beforeEnter: () => (useSignInStore().documentNumber ? true : { name: 'sign-in' }),
      },
      { path: '/:rest(.*)*', redirect: { name: 'welcome' } },
    ],
  });
}
