import { describe, expect, it } from "vitest";
import { can, canSome, type Principal } from "./principal";

const p = (grants: Principal["grants"]): Principal => ({ kind: "user", userId: "u", name: "u", grants });

describe("can", () => {
  it("grants by role globally", () => {
    expect(can(p([{ role: "Reader", scopeTag: null }]), "runbook.read")).toBe(true);
    expect(can(p([{ role: "Reader", scopeTag: null }]), "job.start")).toBe(false);
    expect(can(p([{ role: "Operator", scopeTag: null }]), "job.start")).toBe(true);
    expect(can(p([{ role: "Operator", scopeTag: null }]), "runbook.write")).toBe(false);
    expect(can(p([{ role: "Administrator", scopeTag: null }]), "settings.write")).toBe(true);
  });

  it("applies a tag-scoped grant only to runbooks carrying the tag, and never to global permissions", () => {
    const op = p([{ role: "Operator", scopeTag: "payments" }]);
    expect(can(op, "job.start", ["payments", "x"])).toBe(true);
    expect(can(op, "job.start", ["hr"])).toBe(false);
    expect(can(op, "job.start")).toBe(false);
    expect(canSome(op, "job.start")).toBe(true);
    const admin = p([{ role: "Administrator", scopeTag: "payments" }]);
    expect(can(admin, "user.write", ["payments"])).toBe(false);
    expect(canSome(admin, "user.write")).toBe(false);
  });
});
