import { Badge } from "@/components/ui/badge";
import type { RunbookState } from "@/lib/runbooks/runbook-views";

const labels: Record<RunbookState, { label: string; tone: "gray" | "amber" | "green"; hint: string }> = {
  new: { label: "New", tone: "gray", hint: "Never published" },
  edited: { label: "Edited", tone: "amber", hint: "The draft has changes that are not published" },
  published: { label: "Published", tone: "green", hint: "The draft matches the published version" },
};

export function RunbookStateBadge({ state }: { state: RunbookState }) {
  const { label, tone, hint } = labels[state];
  return (
    <span title={hint}>
      <Badge tone={tone}>{label}</Badge>
    </span>
  );
}
