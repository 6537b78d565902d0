import { describe, expect, it } from "vitest";
import { toPrincipalView } from "./principal-view";

describe("toPrincipalView", () => {
  it("names the caller and lists what its grants allow, tag-scoped ones included", () => {
    const view = toPrincipalView({
      kind: "token",
      userId: "u1",
      name: "ops",
      tokenId: "t1",
      grants: [{ role: "Operator", scopeTag: "payments" }],
    });
    expect(view).toEqual({
      kind: "token",
      name: "ops",
      userId: "u1",
      grants: [{ role: "Operator", scopeTag: "payments" }],
      // Asset, worker and schedule reading are global permissions: a tag grant does not give them.
      permissions: ["runbook.read", "job.read", "job.start", "job.control", "schedule.use", "webhook.read"],
    });
    expect(view).not.toHaveProperty("tokenId");
  });

  it("gives a principal without roles no permissions", () => {
    expect(toPrincipalView({ kind: "user", userId: "u2", name: "nobody", grants: [] }).permissions).toEqual([]);
  });
});
