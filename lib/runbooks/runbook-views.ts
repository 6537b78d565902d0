import type { Prisma } from "@/generated/postgresql/client";
import { storedScriptParameters, type ScriptParameter } from "@/lib/pwsh/parse-result";

/** new: never published; edited: the draft differs from the published version; published: they match. */
export type RunbookState = "new" | "edited" | "published";

export function runbookState(draftHash: string | null | undefined, publishedHash: string | null | undefined): RunbookState {
  if (!publishedHash) return "new";
  return draftHash && draftHash !== publishedHash ? "edited" : "published";
}

export interface LastJobView {
  id: string;
  status: string;
  createdAt: string;
}

export interface RunbookSummary {
  id: string;
  name: string;
  description: string;
  tags: string[];
  state: RunbookState;
  publishedVersion: number | null;
  lastJob: LastJobView | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RunbookDetail extends RunbookSummary {
  runbookType: string;
  logVerbose: boolean;
  logProgress: boolean;
  logDebug: boolean;
  concurrencyLimit: number | null;
  timeoutSeconds: number | null;
  restartable: boolean;
  defaultRunOn: string | null;
  createdAt: string;
  createdBy: string | null;
  /** `parameters`: the version's param() block as PowerShell parsed it; null if it was never parsed. */
  draft: { contentHash: string; savedAt: string; savedBy: string | null; parameters: ScriptParameter[] | null } | null;
  published: { number: number; contentHash: string; publishedAt: string; publishedBy: string | null; parameters: ScriptParameter[] | null } | null;
}

export interface RunbookVersionView {
  id: string;
  kind: string;
  number: number | null;
  contentHash: string;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  isCurrent: boolean;
}

const versionHeader = { select: { id: true, number: true, contentHash: true, createdAt: true, createdBy: true, publishedAt: true, publishedBy: true, parameters: true } } as const;

/** The columns every runbook view reads; content stays out (it is fetched on its own). */
export const runbookViewInclude = {
  tags: { select: { tag: true }, orderBy: { tag: "asc" } },
  draftVersion: versionHeader,
  publishedVersion: versionHeader,
} satisfies Prisma.RunbookInclude;

export type RunbookRow = Prisma.RunbookGetPayload<{ include: typeof runbookViewInclude }>;

export function toRunbookSummary(row: RunbookRow, lastJob: LastJobView | null): RunbookSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tags: row.tags.map((t) => t.tag),
    state: runbookState(row.draftVersion?.contentHash, row.publishedVersion?.contentHash),
    publishedVersion: row.publishedVersion?.number ?? null,
    lastJob,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toRunbookDetail(row: RunbookRow, lastJob: LastJobView | null): RunbookDetail {
  const draft = row.draftVersion;
  const published = row.publishedVersion;
  return {
    ...toRunbookSummary(row, lastJob),
    runbookType: row.runbookType,
    logVerbose: row.logVerbose,
    logProgress: row.logProgress,
    logDebug: row.logDebug,
    concurrencyLimit: row.concurrencyLimit,
    timeoutSeconds: row.timeoutSeconds,
    restartable: row.restartable,
    defaultRunOn: row.defaultRunOn,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    draft: draft ? { contentHash: draft.contentHash, savedAt: draft.createdAt.toISOString(), savedBy: draft.createdBy, parameters: storedScriptParameters(draft.parameters) } : null,
    published:
      published && published.number !== null
        ? {
            number: published.number,
            contentHash: published.contentHash,
            publishedAt: (published.publishedAt ?? published.createdAt).toISOString(),
            publishedBy: published.publishedBy,
            parameters: storedScriptParameters(published.parameters),
          }
        : null,
  };
}
