import { vi } from 'vitest';

// Loading the real `electron` module from Node tries to download its binary,
// which our build machines cannot do. Services never import it; if a test
// reaches an adapter that does, it gets this stand-in instead of a download.
vi.mock('electron', () => {
  throw new Error('electron is not available in unit tests: test the pure functions the adapter wraps');
});
