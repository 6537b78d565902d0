import type { Metadata } from "next";
import { GroupAdmin } from "@/components/admin/group-admin";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { pageAllows } from "../../page-principal";

export const metadata: Metadata = { title: "Security groups" };

export default async function GroupsPage() {
  return (await pageAllows("user.read")) ? <GroupAdmin /> : <ForbiddenNotice permission="user.read" />;
}
