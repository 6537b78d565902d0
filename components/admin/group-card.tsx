"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorMessage } from "@/components/ui/error-message";
import type { GroupView } from "@/lib/groups/group-view";
import type { UserView } from "@/lib/users/user-view";
import { RoleChips } from "./role-chips";
import { useAddGroupMember, useDeleteGroup, useRemoveGroupMember } from "./use-admin";

const selectClass = "rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 focus:outline-none";

export function GroupCard({ group, users, onGrant }: { group: GroupView; users: UserView[]; onGrant: () => void }) {
  const add = useAddGroupMember();
  const removeMember = useRemoveGroupMember();
  const remove = useDeleteGroup();
  const [userId, setUserId] = useState("");
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const candidates = users.filter((u) => !group.members.some((m) => m.id === u.id));
  return (
    <Card
      title={group.name}
      actions={
        <div className="flex gap-1">
          <Button onClick={onGrant} aria-label={`Grant a role to group ${group.name}`}>
            Grant role
          </Button>
          <Button variant="danger" onClick={() => (remove.reset(), setConfirmingDelete(true))} aria-label={`Delete group ${group.name}`}>
            Delete
          </Button>
        </div>
      }
    >
      <div data-testid={`group-${group.name}`} className="space-y-4 text-sm">
        {group.description ? <p className="text-slate-600">{group.description}</p> : null}
        <div>
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Roles</h3>
          <RoleChips roles={group.roles} label={group.name} />
        </div>
        <div>
          <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Members</h3>
          {group.members.length === 0 ? <p className="text-slate-500">No members</p> : null}
          <ul className="divide-y divide-slate-100">
            {group.members.map((m) => (
              <li key={m.id} className="flex items-center justify-between gap-2 py-1">
                <span className="min-w-0 truncate" title={`${m.username} ${m.displayName}`}>
                  <span className="font-medium">{m.username}</span> <span className="text-slate-500">{m.displayName}</span>
                </span>
                <Button variant="ghost" aria-label={`Remove ${m.username} from ${group.name}`} disabled={removeMember.isPending} onClick={() => removeMember.mutate({ groupId: group.id, userId: m.id })}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
          <form
            className="mt-2 flex flex-wrap gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (userId) add.mutate({ groupId: group.id, userId }, { onSuccess: () => setUserId("") });
            }}
          >
            <label className="sr-only" htmlFor={`add-${group.id}`}>User to add to {group.name}</label>
            <select id={`add-${group.id}`} className={`${selectClass} min-w-0 max-w-full`} value={userId} onChange={(e) => setUserId(e.target.value)}>
              <option value="">Choose a user…</option>
              {candidates.map((u) => (
                <option key={u.id} value={u.id}>{u.username}</option>
              ))}
            </select>
            <Button type="submit" variant="secondary" disabled={!userId} pending={add.isPending}>Add member</Button>
          </form>
        </div>
        <ErrorMessage error={add.error ?? removeMember.error} />
      </div>
      <ConfirmDialog
        open={confirmingDelete}
        title={`Delete the group ${group.name}?`}
        description="Its members lose the roles it granted; their own accounts stay. This cannot be undone."
        confirmLabel="Delete group"
        pending={remove.isPending}
        error={remove.error}
        errorTitle="The group was not deleted"
        onConfirm={() => remove.mutate(group.id, { onSuccess: () => setConfirmingDelete(false) })}
        onCancel={() => setConfirmingDelete(false)}
      />
    </Card>
  );
}
