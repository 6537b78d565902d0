import type { Metadata } from "next";
import { AuditLog } from "@/components/audit/audit-log";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { pageAllows } from "../../page-principal";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  return (await pageAllows("audit.read")) ? <AuditLog /> : <ForbiddenNotice permission="audit.read" />;
}
