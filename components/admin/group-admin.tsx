"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorMessage } from "@/components/ui/error-message";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import type { GroupView } from "@/lib/groups/group-view";
import { CreateGroupForm } from "./create-group-form";
import { GrantRoleForm } from "./grant-role-form";
import { GroupCard } from "./group-card";
import { useGroups, useUsers } from "./use-admin";

export function GroupAdmin() {
  const groups = useGroups();
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<GroupView | null>(null);
  const newGroup = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New group
    </Button>
  );
  return (
    <>
      <PageHeader title="Security groups" description="Grant roles to a group once; every member holds them. Tag-scoped roles apply only to runbooks with that tag." actions={newGroup} />
      <ErrorMessage error={groups.error ?? users.error} title="Could not load groups" />
      {groups.isPending ? <Spinner label="Loading groups…" /> : null}
      {groups.data?.length === 0 ? <EmptyState title="No security groups yet">Create one, grant it a role and add members.</EmptyState> : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {groups.data?.map((g) => <GroupCard key={g.id} group={g} users={users.data ?? []} onGrant={() => setGranting(g)} />)}
      </div>
      <Dialog open={creating} onClose={() => setCreating(false)} title="New security group">
        <CreateGroupForm onDone={() => setCreating(false)} />
      </Dialog>
      <Dialog open={granting !== null} onClose={() => setGranting(null)} title={`Grant a role to ${granting?.name ?? ""}`}>
        {granting ? <GrantRoleForm holder={{ groupId: granting.id }} onDone={() => setGranting(null)} /> : null}
      </Dialog>
    </>
  );
}
