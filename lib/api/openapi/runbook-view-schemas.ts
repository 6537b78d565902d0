import { z } from "zod";
import { scriptParameterSchema, scriptParseErrorSchema } from "@/lib/pwsh/parse-result";
import type { RunbookContentView } from "@/lib/runbooks/get-runbook-content";
import type { VersionContentView } from "@/lib/runbooks/get-version-content";
import type { RunbookTagView } from "@/lib/runbooks/list-runbook-tags";
import type { RunbookDetail, RunbookSummary, RunbookVersionView } from "@/lib/runbooks/runbook-views";
import type { DraftView } from "@/lib/runbooks/save-draft";
import { viewSchema } from "./response-schemas";

const runbookSummaryShape = {
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  state: z.enum(["new", "edited", "published"]).describe("new: never published; edited: the draft differs from the published version; published: they match."),
  publishedVersion: z.number().int().nullable(),
  lastJob: z.object({ id: z.string(), status: z.string(), createdAt: z.string() }).nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
};

export const runbookSummarySchema = viewSchema<RunbookSummary>()(z.object(runbookSummaryShape));

const parameters = z.array(scriptParameterSchema).nullable().describe("The version's param() block as PowerShell parsed it.");

export const runbookDetailSchema = viewSchema<RunbookDetail>()(
  z.object({
    ...runbookSummaryShape,
    runbookType: z.string(),
    logVerbose: z.boolean(),
    logProgress: z.boolean(),
    logDebug: z.boolean(),
    concurrencyLimit: z.number().int().nullable(),
    timeoutSeconds: z.number().int().nullable(),
    restartable: z.boolean(),
    defaultRunOn: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    draft: z.object({ contentHash: z.string(), savedAt: z.string(), savedBy: z.string().nullable(), parameters }).nullable(),
    published: z.object({ number: z.number().int(), contentHash: z.string(), publishedAt: z.string(), publishedBy: z.string().nullable(), parameters }).nullable(),
  }),
);

export const runbookContentSchema = viewSchema<RunbookContentView>()(
  z.object({
    version: z.enum(["draft", "published"]),
    number: z.number().int().nullable(),
    content: z.string(),
    contentHash: z.string(),
    savedAt: z.string(),
    savedBy: z.string().nullable(),
  }),
);

export const draftSchema = viewSchema<DraftView>()(
  z.object({
    content: z.string(),
    contentHash: z.string(),
    savedAt: z.string(),
    savedBy: z.string().nullable(),
    errors: z.array(scriptParseErrorSchema).describe("PowerShell's parse errors; a draft with errors saves but does not publish."),
    parameters: z.array(scriptParameterSchema),
  }),
);

export const runbookVersionSchema = viewSchema<RunbookVersionView>()(
  z.object({
    id: z.string(),
    kind: z.string().describe("draft | published"),
    number: z.number().int().nullable(),
    contentHash: z.string(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
    isCurrent: z.boolean(),
  }),
);

export const versionContentSchema = viewSchema<VersionContentView>()(
  z.object({ id: z.string(), kind: z.string(), number: z.number().int().nullable(), content: z.string(), contentHash: z.string() }),
);

export const runbookTagSchema = viewSchema<RunbookTagView>()(z.object({ tag: z.string(), runbooks: z.number().int().describe("How many of the runbooks the caller may read carry it.") }));
