import type { Metadata } from "next";
import { RunbookVersions } from "@/components/runbooks/runbook-versions";

export const metadata: Metadata = { title: "Runbook versions" };

export default async function RunbookVersionsPage({ params }: { params: Promise<{ runbookId: string }> }) {
  const { runbookId } = await params;
  return <RunbookVersions runbookId={runbookId} />;
}
