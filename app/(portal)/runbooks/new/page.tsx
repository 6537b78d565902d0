import type { Metadata } from "next";
import Link from "next/link";
import { CreateRunbookForm } from "@/components/runbooks/create-runbook-form";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { PageHeader } from "@/components/ui/page-header";
import { pageAllows } from "../../page-principal";

export const metadata: Metadata = { title: "New runbook" };

export default async function NewRunbookPage() {
  if (!(await pageAllows("runbook.write"))) return <ForbiddenNotice permission="runbook.write" />;
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/runbooks" className="hover:underline">Runbooks</Link>}
        title="New runbook"
        description="A PowerShell runbook. It starts as a draft with a small example script you can replace."
      />
      <CreateRunbookForm />
    </>
  );
}
