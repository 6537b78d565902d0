import { describe, it } from "vitest";
import { testProviders } from "@/lib/testing/test-db";
import { defineRouteMatrix } from "./testing/route-matrix-suite";

// One file per provider: getDb() caches its client per process, and each test file gets its own.
if (testProviders.includes("postgresql")) defineRouteMatrix("postgresql");
else describe.skip("route × role matrix (postgresql): BATON_TEST_SKIP_PG=1", () => it("skipped", () => {}));
