import type { Metadata } from "next";
import Link from "next/link";
import { ImportRunbookForm } from "@/components/runbooks/import-runbook-form";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { PageHeader } from "@/components/ui/page-header";
import { pageAllows } from "../../page-principal";

export const metadata: Metadata = { title: "Import runbook" };

export default async function ImportRunbookPage() {
  if (!(await pageAllows("runbook.write"))) return <ForbiddenNotice permission="runbook.write" />;
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/runbooks" className="hover:underline">Runbooks</Link>}
        title="Import a runbook"
        description="Bring an existing PowerShell script in as a new runbook. It arrives as a draft; publish it when it is ready."
      />
      <ImportRunbookForm />
    </>
  );
}
