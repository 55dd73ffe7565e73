import { createTestingPinia, type TestingOptions } from '@pinia/testing';
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { vi } from 'vitest';
import type { Component } from 'vue';
import { createMemoryHistory, type Router } from 'vue-router';
import { createKioskI18n } from '../../../renderer/i18n';
import { createKioskRouter } from '../../../renderer/router';

export interface MountOptions {
  /** Initial store state, keyed by store id ("terminal", "sign-in"). */
  initialState?: TestingOptions['initialState'];
  /** Run real store actions instead of spies. */
  stubActions?: boolean;
  /** Where the router starts. */
  path?: string;
  props?: Record<string, unknown>;
}

/** Mounts a screen or component with the app's plugins: testing Pinia, i18n (es-CO), memory router. */
export async function mountWithApp(component: Component, options: MountOptions = {}) {
  // Pinia first: route guards read stores.
  const pinia = createTestingPinia({
    createSpy: vi.fn,
    initialState: options.initialState,
    stubActions: options.stubActions ?? true,
  });
  const router: Router = createKioskRouter(createMemoryHistory());
  await router.push(options.path ?? '/');
  await router.isReady();
  const wrapper = mount(component, {
    props: options.props,
    attachTo: document.body,
    global: { plugins: [pinia, router, createKioskI18n()] },
  } as ComponentMountingOptions<Component>);
  return { wrapper, router, pinia };
}
