// Test configuration: unit tests on the core, end-to-end tests on the built command.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests never see the developer's own diary, catalog or locale.
    env: { SOVIET_LOVE_HOME: '/nonexistent/soviet-love-test-home', SOVIET_LOVE_CATALOG: '', LANG: 'C.UTF-8', LC_ALL: '', NO_COLOR: '', FORCE_COLOR: '' },
  },
});
