import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Change password" };

export default function PasswordPage() {
  return (
    <>
      <PageHeader title="Change password" description="You need your current password. Your other signed-in sessions end when it changes." />
      <ChangePasswordForm />
    </>
  );
}
