import { addGroupMemberSchema, createGroupSchema, groupIdParamsSchema, groupMemberParamsSchema, updateGroupSchema } from "@/lib/groups/schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { createRoleAssignmentSchema, roleAssignmentIdParamsSchema } from "@/lib/role-assignments/schemas";
import { createApiTokenSchema, tokenIdParamsSchema } from "@/lib/tokens/schemas";
import { changeOwnPasswordSchema, createUserSchema, resetPasswordSchema, updateUserSchema, userIdParamsSchema } from "@/lib/users/schemas";
import type { ApiOperation } from "./operation";
import { apiTokenViewSchema, createdApiTokenSchema, groupViewSchema, principalViewSchema, roleAssignmentViewSchema, userViewSchema } from "./access-view-schemas";
import { pageOf } from "./response-schemas";

const user = userViewSchema;
const group = groupViewSchema;
const assignment = roleAssignmentViewSchema;
const token = apiTokenViewSchema;

export const userOperations: ApiOperation[] = [
  { method: "GET", path: "/users", tag: "Users", summary: "List users", description: "By username.", access: "user.read", query: pageQuerySchema, response: { status: 200, description: "A page of users.", schema: pageOf(user) } },
  { method: "POST", path: "/users", tag: "Users", summary: "Create a local user", access: "user.write", body: createUserSchema, response: { status: 201, description: "The new user.", schema: user }, errors: [409] },
  { method: "GET", path: "/users/{userId}", tag: "Users", summary: "Get a user", access: "user.read", params: userIdParamsSchema, response: { status: 200, description: "The user.", schema: user } },
  {
    method: "PATCH",
    path: "/users/{userId}",
    tag: "Users",
    summary: "Disable or enable a user",
    description: "Disabling ends the user's sessions. 409 for the last enabled administrator or yourself.",
    access: "user.write",
    params: userIdParamsSchema,
    body: updateUserSchema,
    response: { status: 204, description: "Done." },
    errors: [409],
  },
  { method: "DELETE", path: "/users/{userId}", tag: "Users", summary: "Delete a user", access: "user.write", params: userIdParamsSchema, response: { status: 204, description: "Deleted." }, errors: [409] },
  {
    method: "PUT",
    path: "/users/{userId}/password",
    tag: "Users",
    summary: "Set a user's password",
    description: "Ends the user's sessions and lifts any lockout.",
    access: "user.write",
    params: userIdParamsSchema,
    body: resetPasswordSchema,
    response: { status: 204, description: "Done." },
  },
  { method: "POST", path: "/users/{userId}/unlock", tag: "Users", summary: "Lift a sign-in lockout", access: "user.write", params: userIdParamsSchema, response: { status: 204, description: "Done." } },
];

export const groupOperations: ApiOperation[] = [
  { method: "GET", path: "/groups", tag: "Groups", summary: "List groups", description: "By name, with members.", access: "user.read", query: pageQuerySchema, response: { status: 200, description: "A page of groups.", schema: pageOf(group) } },
  { method: "POST", path: "/groups", tag: "Groups", summary: "Create a group", access: "user.write", body: createGroupSchema, response: { status: 201, description: "The new group.", schema: group }, errors: [409] },
  { method: "GET", path: "/groups/{groupId}", tag: "Groups", summary: "Get a group with its members", access: "user.read", params: groupIdParamsSchema, response: { status: 200, description: "The group.", schema: group } },
  {
    method: "PATCH",
    path: "/groups/{groupId}",
    tag: "Groups",
    summary: "Rename a group or change its description",
    access: "user.write",
    params: groupIdParamsSchema,
    body: updateGroupSchema,
    response: { status: 200, description: "The group.", schema: group },
    errors: [409],
  },
  { method: "DELETE", path: "/groups/{groupId}", tag: "Groups", summary: "Delete a group", access: "user.write", params: groupIdParamsSchema, response: { status: 204, description: "Deleted." } },
  {
    method: "POST",
    path: "/groups/{groupId}/members",
    tag: "Groups",
    summary: "Add a user to a group",
    access: "user.write",
    params: groupIdParamsSchema,
    body: addGroupMemberSchema,
    response: { status: 204, description: "Added (or already a member)." },
  },
  { method: "DELETE", path: "/groups/{groupId}/members/{userId}", tag: "Groups", summary: "Remove a user from a group", access: "user.write", params: groupMemberParamsSchema, response: { status: 204, description: "Removed." } },
];

export const roleAssignmentOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/role-assignments",
    tag: "Role assignments",
    summary: "List role assignments",
    description: "By role, then oldest first.",
    access: "user.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of role assignments.", schema: pageOf(assignment) },
  },
  {
    method: "POST",
    path: "/role-assignments",
    tag: "Role assignments",
    summary: "Grant a role to a user or group",
    description: "Everywhere, or only on runbooks carrying `scopeTag`.",
    access: "user.write",
    body: createRoleAssignmentSchema,
    response: { status: 201, description: "The assignment.", schema: assignment },
    errors: [409],
  },
  {
    method: "DELETE",
    path: "/role-assignments/{assignmentId}",
    tag: "Role assignments",
    summary: "Revoke a role assignment",
    description: "409 when it is the last unscoped Administrator grant.",
    access: "user.write",
    params: roleAssignmentIdParamsSchema,
    response: { status: 204, description: "Revoked." },
    errors: [409],
  },
];

export const tokenOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/tokens",
    tag: "Account",
    summary: "List your API tokens",
    description: "Newest first; only the caller's own tokens.",
    access: "authenticated",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of tokens.", schema: pageOf(token) },
    errors: [403],
  },
  {
    method: "POST",
    path: "/tokens",
    tag: "Account",
    summary: "Create an API token",
    description: "The response carries the secret `token` (`bat_…`) this one time only.",
    access: "authenticated",
    body: createApiTokenSchema,
    response: { status: 201, description: "The token with its secret.", schema: createdApiTokenSchema },
    errors: [403],
  },
  { method: "DELETE", path: "/tokens/{tokenId}", tag: "Account", summary: "Revoke one of your API tokens", access: "authenticated", params: tokenIdParamsSchema, response: { status: 204, description: "Revoked." }, errors: [403] },
  {
    method: "GET",
    path: "/me",
    tag: "Account",
    summary: "Who you are signed in as",
    description: "For a session or an API token: kind (user|token), name, userId, grants [{role, scopeTag}] and the permissions they give. Clients check a token with it.",
    access: "authenticated",
    response: { status: 200, description: "The caller.", schema: principalViewSchema },
  },
  {
    method: "PUT",
    path: "/me/password",
    tag: "Account",
    summary: "Change your own password",
    description: "The current password is required (422 on `currentPassword` when it is wrong). Your other sessions end.",
    access: "authenticated",
    body: changeOwnPasswordSchema,
    response: { status: 204, description: "Changed." },
    errors: [403, 409],
  },
];

export const accessOperations: ApiOperation[] = [...userOperations, ...groupOperations, ...roleAssignmentOperations, ...tokenOperations];
