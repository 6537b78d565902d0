import type { Metadata } from "next";
import { AdminSettings } from "@/components/admin/admin-settings";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { pageAllows } from "../../page-principal";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  return (await pageAllows("settings.read")) ? <AdminSettings /> : <ForbiddenNotice permission="settings.read" />;
}
