import type { RunbookState, RunbookSummary } from "./runbook-views";

export type RunbookSortKey = "name" | "state" | "updatedAt" | "lastJob";
export interface RunbookSort {
  key: RunbookSortKey;
  direction: "asc" | "desc";
}

const stateOrder: Record<RunbookState, number> = { new: 0, edited: 1, published: 2 };

function compare(a: RunbookSummary, b: RunbookSummary, key: RunbookSortKey): number {
  switch (key) {
    case "name":
      return a.name.localeCompare(b.name, undefined, { sensitivity: "base" });
    case "state":
      return stateOrder[a.state] - stateOrder[b.state];
    case "updatedAt":
      return a.updatedAt.localeCompare(b.updatedAt);
    case "lastJob":
      // Never-run runbooks sort before any run, so "latest first" puts recent activity on top.
      return (a.lastJob?.createdAt ?? "").localeCompare(b.lastJob?.createdAt ?? "");
  }
}

/** Sorts a copy; ties fall back to the name so the order is stable between refetches. */
export function sortRunbooks(items: RunbookSummary[], sort: RunbookSort): RunbookSummary[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...items].sort((a, b) => sign * compare(a, b, sort.key) || compare(a, b, "name"));
}

/** Keeps runbooks carrying `tag` (when given) in `state` (when given). */
export function filterRunbooks(items: RunbookSummary[], filter: { tag?: string; state?: RunbookState }): RunbookSummary[] {
  return items.filter((r) => (!filter.tag || r.tags.includes(filter.tag)) && (!filter.state || r.state === filter.state));
}
