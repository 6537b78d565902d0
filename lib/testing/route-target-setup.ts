import { vi } from "vitest";
import { routeTarget } from "./route-target";

// Every test file gets these two mocks (vitest.config.ts setupFiles); they change nothing until a test sets routeTarget.
vi.mock("@/lib/db", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db")>();
  return { ...original, getDb: async () => routeTarget.db ?? original.getDb() };
});
vi.mock("@/lib/assets/key-ring-for-process", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/assets/key-ring-for-process")>();
  return { ...original, getKeyRing: () => routeTarget.ring ?? original.getKeyRing() };
});
