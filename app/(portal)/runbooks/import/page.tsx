import type { Metadata } from "next";
import Link from "next/link";
import { ImportRunbookForm } from "@/components/runbooks/import-runbook-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Import runbook" };

export default function ImportRunbookPage() {
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
