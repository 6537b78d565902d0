import type { Metadata } from "next";
import { RunbookOverview } from "@/components/runbooks/runbook-overview";

export const metadata: Metadata = { title: "Runbook" };

export default async function RunbookPage({ params }: { params: Promise<{ runbookId: string }> }) {
  const { runbookId } = await params;
  return <RunbookOverview runbookId={runbookId} />;
}
