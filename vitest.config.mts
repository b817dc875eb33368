import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // Outside Next's server bundles "server-only" throws on import; tests are server code, so it is a no-op here.
      "server-only": `${root}lib/testing/server-only-stub.ts`,
    },
  },
  test: {
    include: ["{app,components,db,lib}/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 60_000,
  },
});
