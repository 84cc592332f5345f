import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests run the real compiler, tsc, npm pack and a browser: seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Two cores: the heavy suites (consumer, browser, tsc) would only fight each other.
    maxWorkers: 2,
  },
});
