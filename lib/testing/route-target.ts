import type { KeyRing } from "@/lib/assets/key-ring-for-process";
import type { Db } from "@/lib/db";

/**
 * What the process's `getDb()` and `getKeyRing()` return in a test that sets them: the route handlers
 * and automation routes under test then run against that test's database and key ring. Unset, they
 * return the real ones. `route-target-setup.ts` (a vitest setup file) points both here.
 */
export const routeTarget: { db?: Db; ring?: KeyRing } = {};
