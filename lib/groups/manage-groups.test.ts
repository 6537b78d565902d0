import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGrants } from "@/lib/auth/load-grants";
import { can, type Principal } from "@/lib/auth/principal";
import { createRoleAssignment } from "@/lib/role-assignments/create-role-assignment";
import { deleteRoleAssignment } from "@/lib/role-assignments/delete-role-assignment";
import { listRoleAssignments } from "@/lib/role-assignments/list-role-assignments";
import { createRoleAssignmentSchema } from "@/lib/role-assignments/schemas";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { addGroupMember } from "./add-group-member";
import { createGroup } from "./create-group";
import { deleteGroup } from "./delete-group";
import { getGroup } from "./get-group";
import { listGroups } from "./list-groups";
import { removeGroupMember } from "./remove-group-member";
import { updateGroup } from "./update-group";

describe("role assignment input", () => {
  it("needs exactly one of a user or a group, and a known role", () => {
    const id = crypto.randomUUID();
    expect(createRoleAssignmentSchema.safeParse({ role: "Operator", userId: id, groupId: id }).success).toBe(false);
    expect(createRoleAssignmentSchema.safeParse({ role: "Operator" }).success).toBe(false);
    expect(createRoleAssignmentSchema.safeParse({ role: "Owner", userId: id }).error?.issues[0]?.path).toEqual(["role"]);
    expect(createRoleAssignmentSchema.parse({ role: "Operator", groupId: id, scopeTag: "" })).toEqual({ role: "Operator", groupId: id });
  });
});

describe.each(testProviders)("security groups and role assignments on %s", (provider) => {
  let t: TestDb;
  let admin: Principal;
  let userId: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    const adminRow = await t.db.user.create({ data: { username: "root", displayName: "Root", roleAssignments: { create: { role: "Administrator" } } } });
    admin = { kind: "user", userId: adminRow.id, name: "root", grants: [{ role: "Administrator", scopeTag: null }] };
    userId = (await t.db.user.create({ data: { username: "ivy", displayName: "Ivy" } })).id;
  });
  afterAll(async () => t?.drop());

  it("a tag-scoped role granted to a group reaches its members, and only them", async () => {
    const group = await createGroup(t.db, admin, { name: "Payments ops", description: "" });
    await expect(createGroup(t.db, admin, { name: "Payments ops", description: "" })).rejects.toMatchObject({ code: "conflict", field: "name" });
    const assignment = await createRoleAssignment(t.db, admin, { role: "Operator", groupId: group.id, scopeTag: "payments" });
    expect(assignment.principal).toEqual({ type: "group", id: group.id, name: "Payments ops" });
    await expect(createRoleAssignment(t.db, admin, { role: "Operator", groupId: group.id, scopeTag: "payments" })).rejects.toMatchObject({ code: "conflict" });
    expect(await loadGrants(t.db, userId)).toEqual([]);

    await addGroupMember(t.db, admin, group.id, userId);
    await addGroupMember(t.db, admin, group.id, userId);
    const ivy: Principal = { kind: "user", userId, name: "ivy", grants: await loadGrants(t.db, userId) };
    expect(can(ivy, "job.start", ["payments"])).toBe(true);
    expect(can(ivy, "runbook.write", ["payments"])).toBe(false);
    expect(can(ivy, "job.start", ["hr"])).toBe(false);
    expect((await listGroups(t.db))[0]).toMatchObject({ name: "Payments ops", members: [{ id: userId, username: "ivy" }], roles: [{ role: "Operator", scopeTag: "payments" }] });
    expect(await getGroup(t.db, group.id)).toEqual((await listGroups(t.db))[0]);
    await expect(getGroup(t.db, crypto.randomUUID())).rejects.toMatchObject({ code: "not_found" });
    expect(await t.db.auditEvent.count({ where: { action: "group.member_add" } })).toBe(1);

    await removeGroupMember(t.db, admin, group.id, userId);
    expect(await loadGrants(t.db, userId)).toEqual([]);
    await expect(removeGroupMember(t.db, admin, group.id, userId)).rejects.toMatchObject({ code: "not_found" });
  });

  it("renames and deletes a group, taking its role assignments with it", async () => {
    const group = await createGroup(t.db, admin, { name: "Readers", description: "" });
    await createRoleAssignment(t.db, admin, { role: "Reader", groupId: group.id });
    const renamed = await updateGroup(t.db, admin, group.id, { name: "All readers" });
    expect(renamed.name).toBe("All readers");
    expect(await t.db.auditEvent.findFirst({ where: { action: "group.update" } })).toMatchObject({ details: { changed: ["name"], previousName: "Readers" } });
    await deleteGroup(t.db, admin, group.id);
    expect(await t.db.roleAssignment.count({ where: { groupId: group.id } })).toBe(0);
  });

  it("grants a user a role directly and removes it, but never the last global Administrator", async () => {
    const direct = await createRoleAssignment(t.db, admin, { role: "Author", userId });
    expect((await loadGrants(t.db, userId)).map((g) => g.role)).toEqual(["Author"]);
    await deleteRoleAssignment(t.db, admin, direct.id);
    expect(await loadGrants(t.db, userId)).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { action: { in: ["role_assignment.create", "role_assignment.delete"] }, targetId: direct.id } })).toBe(2);

    const lastAdmin = (await listRoleAssignments(t.db)).find((a) => a.role === "Administrator")!;
    await expect(deleteRoleAssignment(t.db, admin, lastAdmin.id)).rejects.toMatchObject({ code: "conflict" });
    const second = await createRoleAssignment(t.db, admin, { role: "Administrator", userId });
    await deleteRoleAssignment(t.db, admin, lastAdmin.id);
    await expect(deleteRoleAssignment(t.db, admin, second.id)).rejects.toMatchObject({ code: "conflict" });
  });
});
