import type { Metadata } from "next";
import Link from "next/link";
import { CreateRunbookForm } from "@/components/runbooks/create-runbook-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New runbook" };

export default function NewRunbookPage() {
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
