"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { actionsColumn, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import type { UserView } from "@/lib/users/user-view";
import { CreateUserForm } from "./create-user-form";
import { GrantRoleForm } from "./grant-role-form";
import { ResetPasswordForm } from "./reset-password-form";
import { RoleChips } from "./role-chips";
import { useDeleteUser, useSetUserDisabled, useUnlockUser, useUsers } from "./use-admin";

type Open = { kind: "create" } | { kind: "reset" | "grant"; user: UserView } | null;

export function UserAdmin() {
  const users = useUsers();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <>
      <PageHeader
        title="Users"
        description="Local accounts. Roles come from direct assignments and from security groups; tag-scoped roles apply only to runbooks with that tag."
        actions={
          <Button variant="primary" onClick={() => setOpen({ kind: "create" })}>
            New user
          </Button>
        }
      />
      <ErrorMessage error={users.error} title="Could not load users" />
      <DataTable
        loading={users.isPending && "Loading users…"}
        columns={[
          ...columns,
          actionsColumn<UserView>((u) => <UserActions user={u} onReset={() => setOpen({ kind: "reset", user: u })} onGrant={() => setOpen({ kind: "grant", user: u })} />),
        ]}
        rows={users.data ?? []}
        rowKey={(u) => u.id}
        rowTestId={(u) => `user-row-${u.username}`}
      />
      <Dialog open={open?.kind === "create"} onClose={close} title="New user">
        <CreateUserForm onDone={close} />
      </Dialog>
      <Dialog open={open?.kind === "reset"} onClose={close} title={`Reset password for ${open && "user" in open ? open.user.username : ""}`}>
        {open?.kind === "reset" ? <ResetPasswordForm userId={open.user.id} onDone={close} /> : null}
      </Dialog>
      <Dialog open={open?.kind === "grant"} onClose={close} title={`Grant a role to ${open && "user" in open ? open.user.username : ""}`}>
        {open?.kind === "grant" ? <GrantRoleForm holder={{ userId: open.user.id }} onDone={close} /> : null}
      </Dialog>
    </>
  );
}

const columns: DataTableColumn<UserView>[] = [
  {
    key: "user",
    header: "User",
    cell: (u) => (
      <>
        <div className="max-w-[14rem] truncate font-medium text-slate-900" title={u.username}>
          {u.username}
        </div>
        <div className="max-w-[14rem] truncate text-slate-500" title={[u.displayName, u.email].filter(Boolean).join(" · ")}>
          {u.displayName}
          {u.email ? ` · ${u.email}` : ""}
        </div>
      </>
    ),
  },
  {
    key: "status",
    header: "Status",
    cell: (u) => (
      <div className="flex flex-wrap gap-1">
        {u.disabled ? <Badge tone="gray">Disabled</Badge> : <Badge tone="green">Active</Badge>}
        {u.lockedUntil ? <Badge tone="red">Locked until {formatDateTime(u.lockedUntil)}</Badge> : null}
        {u.failedLoginCount > 0 && !u.lockedUntil ? <Badge tone="amber">{u.failedLoginCount} failed sign-ins</Badge> : null}
      </div>
    ),
  },
  { key: "roles", header: "Roles", className: "min-w-[11rem]", cell: (u) => <RoleChips roles={u.roles} label={u.username} /> },
  {
    key: "groups",
    header: "Groups",
    className: "text-slate-600",
    cell: (u) => (
      <span className="block max-w-[12rem] truncate" title={u.groups.map((g) => g.name).join(", ")}>
        {u.groups.map((g) => g.name).join(", ") || "—"}
      </span>
    ),
  },
  { key: "lastLogin", header: "Last sign-in", className: "min-w-[7rem] text-slate-600", cell: (u) => formatDateTime(u.lastLoginAt) },
];

/**
 * Each row's buttons keep their own mutation state, so one row's pending or failed action shows on
 * that row only. They look alike (secondary), Delete alone in red; the two that lock someone out ask first.
 */
function UserActions({ user: u, onReset, onGrant }: { user: UserView; onReset: () => void; onGrant: () => void }) {
  const setDisabled = useSetUserDisabled();
  const unlock = useUnlockUser();
  const remove = useDeleteUser();
  const [asking, setAsking] = useState<"disable" | "delete" | null>(null);
  const close = () => {
    setAsking(null);
    setDisabled.reset();
    remove.reset();
  };
  const error = asking ? null : (setDisabled.error ?? unlock.error ?? remove.error);
  return (
    <>
      <div className="flex justify-end gap-1.5">
        <Button size="sm" onClick={onGrant} aria-label={`Grant a role to ${u.username}`}>
          Grant role
        </Button>
        <Button size="sm" onClick={onReset} aria-label={`Reset the password of ${u.username}`}>
          Reset password
        </Button>
        {u.lockedUntil ? (
          <Button size="sm" pending={unlock.isPending} onClick={() => unlock.mutate(u.id)} aria-label={`Unlock ${u.username}`}>
            Unlock
          </Button>
        ) : null}
        <Button
          size="sm"
          pending={setDisabled.isPending && !asking}
          onClick={() => (u.disabled ? setDisabled.mutate({ userId: u.id, disabled: false }) : setAsking("disable"))}
          aria-label={`${u.disabled ? "Enable" : "Disable"} ${u.username}`}
        >
          {u.disabled ? "Enable" : "Disable"}
        </Button>
        <Button size="sm" variant="danger" onClick={() => setAsking("delete")} aria-label={`Delete ${u.username}`}>
          Delete
        </Button>
      </div>
      <ErrorMessage error={error} className="mt-2" />
      <ConfirmDialog
        open={asking === "disable"}
        title={`Disable ${u.username}?`}
        description="Their signed-in sessions end at once and they cannot sign in until enabled again. Their API tokens are revoked: once enabled, they create new ones."
        confirmLabel="Disable user"
        pending={setDisabled.isPending}
        error={setDisabled.error}
        errorTitle="The user was not disabled"
        onConfirm={() => setDisabled.mutate({ userId: u.id, disabled: true }, { onSuccess: close })}
        onCancel={close}
      />
      <ConfirmDialog
        open={asking === "delete"}
        title={`Delete ${u.username}?`}
        description="Their sessions, API tokens and role assignments are removed too. Jobs they started keep their name. This cannot be undone."
        confirmLabel="Delete user"
        pending={remove.isPending}
        error={remove.error}
        errorTitle="The user was not deleted"
        onConfirm={() => remove.mutate(u.id, { onSuccess: close })}
        onCancel={close}
      />
    </>
  );
}
