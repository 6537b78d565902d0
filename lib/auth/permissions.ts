/**
 * The one list of roles and permissions. API routes declare a permission, the UI hides what the
 * principal lacks, and the route × role test walks this table.
 */
export const roles = ["Administrator", "Author", "Operator", "Reader"] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  "runbook.read",
  "runbook.write", // create, edit draft, publish, delete, tag
  "runbook.test", // run the draft in the test pane
  "job.read",
  "job.start",
  "job.control", // stop, suspend, resume
  "schedule.read",
  "schedule.write",
  "schedule.use", // link runbooks to existing schedules
  "webhook.read",
  "webhook.write",
  "asset.read",
  "asset.write",
  "module.read",
  "module.write",
  "worker.read",
  "worker.write",
  "user.read",
  "user.write", // users, groups, memberships, role assignments
  "audit.read",
  "settings.read",
  "settings.write",
] as const;
export type Permission = (typeof permissions)[number];

const readerPermissions: Permission[] = ["runbook.read", "job.read", "schedule.read", "webhook.read", "asset.read", "module.read", "worker.read"];
const operatorPermissions: Permission[] = [...readerPermissions, "job.start", "job.control", "schedule.use"];
const authorPermissions: Permission[] = [
  ...operatorPermissions,
  "runbook.write",
  "runbook.test",
  "schedule.write",
  "webhook.write",
  "asset.write",
  "module.write",
];

export const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  Administrator: new Set(permissions),
  Author: new Set(authorPermissions),
  Operator: new Set(operatorPermissions),
  Reader: new Set(readerPermissions),
};

/** Permissions a tag-scoped grant can confer: only those about runbooks and their jobs. */
export const scopablePermissions: ReadonlySet<Permission> = new Set(["runbook.read", "runbook.write", "runbook.test", "job.read", "job.start", "job.control", "webhook.read", "webhook.write", "schedule.use"]);
