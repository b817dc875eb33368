import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Reader pages navigate with full page loads: those are served whole from the page cache, while next/link adds
    // the client router's link code to every reader's download and fires prefetch requests that skip that cache.
    files: ["app/(site)/**", "app/not-found.tsx", "components/article/**", "components/comments/**", "components/search/**", "components/site/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use a plain <a> on reader pages (see eslint.config.mjs)." }] }],
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  globalIgnores([".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"]),
]);
