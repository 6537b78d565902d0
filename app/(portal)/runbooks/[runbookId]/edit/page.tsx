import type { Metadata } from "next";
import { RunbookEditor } from "@/components/runbooks/runbook-editor";

export const metadata: Metadata = { title: "Edit runbook" };

export default async function EditRunbookPage({ params }: { params: Promise<{ runbookId: string }> }) {
  const { runbookId } = await params;
  return <RunbookEditor runbookId={runbookId} />;
}
