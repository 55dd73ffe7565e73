import { createRouter, createWebHashHistory, type RouterHistory } from 'vue-router';
import AccountLockedScreen from './screens/AccountLockedScreen.vue';
import CdatSimulatorScreen from './screens/CdatSimulatorScreen.vue';
import ChangePinScreen from './screens/ChangePinScreen.vue';
import CreatePinScreen from './screens/CreatePinScreen.vue';
import ForgotPinScreen from './screens/ForgotPinScreen.vue';
import HomeScreen from './screens/HomeScreen.vue';
import LoanSimulatorScreen from './screens/LoanSimulatorScreen.vue';
import PinScreen from './screens/PinScreen.vue';
import SignedOutScreen from './screens/SignedOutScreen.vue';
import SignInScreen from './screens/SignInScreen.vue';
import StatementPrintScreen from './screens/StatementPrintScreen.vue';
import StatementScreen from './screens/StatementScreen.vue';
import WelcomeScreen from './screens/WelcomeScreen.vue';
import { signedOutPath, welcomeRoute } from '../shared/contract/page-routes';
import { sessionGuard } from './session/guard';
import { useSignInStore } from './stores/sign-in';

/**
 * Hash history: the renderer is served from app:// (Electron) or a plain
 * static server (browser host), neither of which rewrites deep paths.
 * Screens are bundled eagerly: they are small, and a tap must never wait for
 * a chunk to load. Paths are Spanish (members may see them); names are the
 * screens' ids (`data-screen` on the main element).
 */
export function createKioskRouter(history: RouterHistory = createWebHashHistory()) {
  const router = createRouter({
    history,
    routes: [
      { path: '/', name: 'welcome', component: WelcomeScreen, meta: { guestOnly: true } },
      { path: '/ingresar', name: 'sign-in', component: SignInScreen, meta: { guestOnly: true } },
      {
        path: '/ingresar/clave',
        name: 'sign-in-pin',
        component: PinScreen,
        meta: { guestOnly: true },
        // The PIN step means nothing without a document (e.g. after a reload).
        beforeEnter: () => (useSignInStore().documentNumber ? true : { name: 'sign-in' }),
      },
      { path: '/olvide-mi-clave', name: 'forgot-pin', component: ForgotPinScreen, meta: { guestOnly: true } },
      { path: '/cuenta-bloqueada', name: 'account-locked', component: AccountLockedScreen, meta: { guestOnly: true } },
      { path: '/inicio', name: 'home', component: HomeScreen, meta: { member: true } },
      { path: '/estado-de-cuenta', name: 'statement', component: StatementScreen, meta: { member: true } },
      {
        path: '/estado-de-cuenta/imprimir',
        name: 'statement-print',
        component: StatementPrintScreen,
        meta: { member: true },
      },
      { path: '/simulador-credito', name: 'loan-simulator', component: LoanSimulatorScreen, meta: { member: true } },
      { path: '/simulador-cdat', name: 'cdat-simulator', component: CdatSimulatorScreen, meta: { member: true } },
      { path: '/crear-clave', name: 'create-pin', component: CreatePinScreen, meta: { member: true } },
      { path: '/cambiar-clave', name: 'change-pin', component: ChangePinScreen, meta: { member: true } },
      // After every sign-out, on a freshly reloaded page: holds no member data.
      { path: signedOutPath, name: 'signed-out', component: SignedOutScreen },
      // A path redirect: a named one would carry the unknown path along as a param.
      { path: '/:rest(.*)*', redirect: welcomeRoute },
    ],
  });
  router.beforeEach(sessionGuard);
  return router;
}
