import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_`-prefixed names are deliberate: a property dropped by rest destructuring, an unused parameter.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Apostrophes and quotes render fine in JSX text; only characters that usually mean a typo are refused.
      "react/no-unescaped-entities": ["error", { forbid: [">", "}"] }],
    },
  },
  {
    // These full page loads are deliberate: after sign-out, a 401 or a forced password change the
    // session must be read afresh and every cached query dropped, which a client-side push would keep.
    files: ["components/api/fetch-json.ts", "components/auth/sign-out-button.tsx", "components/auth/required-password-change.tsx"],
    rules: { "@next/next/no-location-assign-relative-destination": "off" },
  },
  globalIgnores([".next/**", "generated/**", ".tools/**", "data/**", "test-results/**", "playwright-report/**", "e2e/screenshots/**", "next-env.d.ts"]),
]);
