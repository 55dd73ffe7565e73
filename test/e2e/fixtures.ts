import { test as base } from '@playwright/test';
import { startHost, type RunningHost } from '../support/browser-host';

/** Each test gets its own browser host, data directory and demo central. */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
