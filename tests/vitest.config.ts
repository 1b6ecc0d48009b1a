import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests touch real files and servers; a 5000-event stream needs headroom.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
