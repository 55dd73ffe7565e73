import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { appHostKey } from './composables/useReadyState';
import { createKioskI18n } from './i18n';
import { createKioskRouter } from './router';
import { startBackgroundServices } from './background';
import { kiosk, listenForSessionEnd, sessionEnd } from './bridge';
import { installErrorReporting } from './errors';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/simulator.css';

const host = document.querySelector<HTMLElement>('#app');
if (!host) {
  throw new Error('index.html must contain <div id="app">');
}

// A long press must not open a context menu on a kiosk (Electron disables it too; the browser host does not).
window.addEventListener('contextmenu', (event) => event.preventDefault());

// Once, before anything renders: main may end a session at any moment (maximum time, idle backstop).
listenForSessionEnd();

const router = createKioskRouter();
const i18n = createKioskI18n();
const app = createApp(App).use(createPinia()).use(router).use(i18n).provide(appHostKey, host);
installErrorReporting(app, {
  reportError: kiosk.system.reportError,
  endSession: (reason) => sessionEnd.end(reason),
  apology: () => i18n.global.t('errors.apology'),
  router,
  window,
  document,
});
app.mount(host);

// The outbox's worker, heartbeat, pruning and catalog refresh run for the page's whole life (after mount: it needs Pinia).
void startBackgroundServices();
