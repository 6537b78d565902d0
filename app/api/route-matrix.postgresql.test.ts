import { defineRouteMatrix } from "./testing/route-matrix-suite";

// One file per provider: getDb() caches its client per process, and each test file gets its own.
defineRouteMatrix("postgresql");
