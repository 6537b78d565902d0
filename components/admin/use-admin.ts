"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchAllPages } from "@/components/api/fetch-all-pages";
import { fetchJson } from "@/components/api/fetch-json";
import { queryKeys } from "@/components/api/query-keys";
import type { GroupView } from "@/lib/groups/group-view";
import type { CreateGroupInput } from "@/lib/groups/schemas";
import type { RoleAssignmentView } from "@/lib/role-assignments/role-assignment-view";
import type { CreateRoleAssignmentInput } from "@/lib/role-assignments/schemas";
import type { CreateUserInput } from "@/lib/users/schemas";
import type { UserView } from "@/lib/users/user-view";

export function useUsers() {
  return useQuery({ queryKey: queryKeys.users(), queryFn: ({ signal }) => fetchAllPages<UserView>("/api/v1/users", { signal }) });
}

export function useGroups() {
  return useQuery({ queryKey: queryKeys.groups(), queryFn: ({ signal }) => fetchAllPages<GroupView>("/api/v1/groups", { signal }) });
}

/** Users and groups both show memberships and roles, so every admin change refreshes both lists. */
function useAdminMutation<I, O = unknown>(call: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.users() }), qc.invalidateQueries({ queryKey: queryKeys.groups() })]),
  });
}

export const useCreateUser = () => useAdminMutation((input: CreateUserInput) => fetchJson<UserView>("/api/v1/users", { method: "POST", body: input }));
export const useSetUserDisabled = () =>
  useAdminMutation(({ userId, disabled }: { userId: string; disabled: boolean }) => fetchJson(`/api/v1/users/${userId}`, { method: "PATCH", body: { disabled } }));
export const useUnlockUser = () => useAdminMutation((userId: string) => fetchJson(`/api/v1/users/${userId}/unlock`, { method: "POST" }));
export const useDeleteUser = () => useAdminMutation((userId: string) => fetchJson(`/api/v1/users/${userId}`, { method: "DELETE" }));
export const useResetPassword = () =>
  useAdminMutation(({ userId, password }: { userId: string; password: string }) => fetchJson(`/api/v1/users/${userId}/password`, { method: "PUT", body: { password } }));

export const useCreateGroup = () => useAdminMutation((input: CreateGroupInput) => fetchJson<GroupView>("/api/v1/groups", { method: "POST", body: input }));
export const useDeleteGroup = () => useAdminMutation((groupId: string) => fetchJson(`/api/v1/groups/${groupId}`, { method: "DELETE" }));
export const useAddGroupMember = () =>
  useAdminMutation(({ groupId, userId }: { groupId: string; userId: string }) => fetchJson(`/api/v1/groups/${groupId}/members`, { method: "POST", body: { userId } }));
export const useRemoveGroupMember = () =>
  useAdminMutation(({ groupId, userId }: { groupId: string; userId: string }) => fetchJson(`/api/v1/groups/${groupId}/members/${userId}`, { method: "DELETE" }));

export const useCreateRoleAssignment = () =>
  useAdminMutation((input: CreateRoleAssignmentInput) => fetchJson<RoleAssignmentView>("/api/v1/role-assignments", { method: "POST", body: input }));
export const useDeleteRoleAssignment = () => useAdminMutation((assignmentId: string) => fetchJson(`/api/v1/role-assignments/${assignmentId}`, { method: "DELETE" }));
