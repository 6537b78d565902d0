import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { scriptParameterSchema, storedScriptParameters } from "@/lib/pwsh/parse-result";
import { hostModeSchema, storedHostMode } from "@/lib/workers/host-mode";

const runbookStates = ["new", "edited", "published"] as const;
export type RunbookState = (typeof runbookStates)[number];

function runbookState(draftHash: string | null | undefined, publishedHash: string | null | undefined): RunbookState {
  if (!publishedHash) return "new";
  return draftHash && draftHash !== publishedHash ? "edited" : "published";
}

const lastJobView = z.object({ id: z.string(), status: z.string(), createdAt: z.string() });
export type LastJobView = z.infer<typeof lastJobView>;

const runbookSummaryShape = {
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  state: z.enum(runbookStates).describe("new: never published; edited: the draft differs from the published version; published: they match."),
  publishedVersion: z.number().int().nullable(),
  lastJob: lastJobView.nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
};

export const runbookSummaryView = z.object(runbookSummaryShape);
export type RunbookSummary = z.infer<typeof runbookSummaryView>;

/** Null when the version was never parsed. */
const parameters = z.array(scriptParameterSchema).nullable().describe("The version's param() block as PowerShell parsed it.");

export const runbookDetailView = z.object({
  ...runbookSummaryShape,
  runbookType: z.string(),
  logVerbose: z.boolean(),
  logProgress: z.boolean(),
  logDebug: z.boolean(),
  concurrencyLimit: z.number().int().nullable(),
  timeoutSeconds: z.number().int().nullable(),
  restartable: z.boolean(),
  defaultRunOn: z.string().nullable(),
  hostMode: hostModeSchema.nullable().describe("How workers run this runbook's jobs: process or shared; null: as its worker group chooses."),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  draft: z.object({ contentHash: z.string(), savedAt: z.string(), savedBy: z.string().nullable(), parameters }).nullable(),
  published: z.object({ number: z.number().int(), contentHash: z.string(), publishedAt: z.string(), publishedBy: z.string().nullable(), parameters }).nullable(),
});
export type RunbookDetail = z.infer<typeof runbookDetailView>;

export const runbookVersionView = z.object({
  id: z.string(),
  kind: z.string().describe("draft | published"),
  number: z.number().int().nullable(),
  contentHash: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  isCurrent: z.boolean(),
});
export type RunbookVersionView = z.infer<typeof runbookVersionView>;

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
    hostMode: storedHostMode(row.hostMode),
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
