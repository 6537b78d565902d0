import type { Metadata } from "next";
import { UserAdmin } from "@/components/admin/user-admin";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { pageAllows } from "../../page-principal";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  return (await pageAllows("user.read")) ? <UserAdmin /> : <ForbiddenNotice permission="user.read" />;
}
