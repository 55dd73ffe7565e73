import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Real servers, worker threads and CUPS on a 2-core machine: give them room, not a race.
          testTimeout: 20_000,
          include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts'],
          setupFiles: ['test/support/no-electron.ts'],
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.ts'],
        },
      },
    ],
  },
});
