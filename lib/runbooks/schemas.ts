import { z } from "zod";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { hostModeSchema } from "@/lib/workers/host-mode";
import { workerGroupNameSchema } from "@/lib/workers/worker-group-schemas";
import { scriptText } from "@/lib/pwsh/script-text";

/** Runbook names follow Azure Automation: a letter first, then letters, digits, '-' or '_'; at most 63. */
export const runbookNameSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(63, "must be at most 63 characters")
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, "must start with a letter and contain only letters, digits, '-' and '_'");

export const tagSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._:/-]*$/, "must start with a letter or digit and use only letters, digits, spaces and . _ : / -");

/** Tags compare exactly (they scope role assignments), so duplicates are dropped, order kept. */
const tagsSchema = z
  .array(tagSchema)
  .max(32, "at most 32 tags")
  .transform((tags) => [...new Set(tags)]);

const descriptionSchema = z.string().trim().max(512, "must be at most 512 characters");

/**
 * A runbook script. 1 MiB is far beyond any hand-written runbook and keeps rows reasonable. A leading
 * byte-order mark is dropped as pwsh drops it (lib/pwsh/script-text.ts), so every path that stores a
 * script (create, import, draft save) stores the text pwsh runs.
 */
const runbookContentSchema = z.string().max(1024 * 1024, "must be at most 1 MiB").transform(scriptText);
/** The body limit of the routes that take a script: a 1 MiB script grows when JSON-escaped. */
export const scriptBodyLimitBytes = 4 * 1024 * 1024;

export const createRunbookSchema = z.object({
  name: runbookNameSchema,
  description: descriptionSchema.default(""),
  tags: tagsSchema.default([]),
  content: runbookContentSchema.default(""),
});
export type CreateRunbookInput = z.infer<typeof createRunbookSchema>;

/**
 * An import is a POST /api/v1/runbooks whose script must not be blank: the route accepts an empty
 * script (a runbook may start empty), but an import without one is a slip, not a choice.
 */
export const importRunbookSchema = createRunbookSchema.extend({
  content: runbookContentSchema.refine((s) => s.trim() !== "", "is empty: choose a .ps1 file or paste the script"),
});

export const updateRunbookSchema = z
  .object({
    name: runbookNameSchema,
    description: descriptionSchema,
    tags: tagsSchema,
    logVerbose: z.boolean(),
    logProgress: z.boolean(),
    logDebug: z.boolean(),
    concurrencyLimit: z.number().int().min(1, "must be at least 1").max(1000, "must be at most 1000").nullable(),
    timeoutSeconds: z
      .number()
      .int()
      .min(1, "must be at least 1")
      .max(7 * 24 * 3600, "must be at most 7 days")
      .nullable(),
    restartable: z.boolean(),
    defaultRunOn: workerGroupNameSchema.nullable(),
    hostMode: hostModeSchema.nullable().describe("How workers run this runbook's jobs: process or shared; null leaves it to the worker group. Debug sessions always get a process of their own."),
  })
  .partial()
  .strict();
export type UpdateRunbookInput = z.infer<typeof updateRunbookSchema>;

export const saveDraftSchema = z.object({ content: runbookContentSchema }).strict();
export type SaveDraftInput = z.infer<typeof saveDraftSchema>;

export const runbookSorts = ["name", "-name", "updatedAt", "-updatedAt"] as const;
export type RunbookSort = (typeof runbookSorts)[number];

/** Query of GET /api/v1/runbooks: filters, `sort` (a leading '-' reverses) and the page. */
export const listRunbooksQuerySchema = pageQuerySchema.extend({
  search: z.string().trim().max(100).optional(),
  tag: tagSchema.optional(),
  sort: z.enum(runbookSorts, { message: `must be one of ${runbookSorts.join(", ")}` }).default("name"),
});
export type ListRunbooksQuery = z.infer<typeof listRunbooksQuerySchema>;

export const contentVersionSchema = z.enum(["draft", "published"]);
export type ContentVersion = z.infer<typeof contentVersionSchema>;
export const contentQuerySchema = z.object({ version: contentVersionSchema.default("draft") });

export const runbookIdParamsSchema = z.object({ runbookId: z.uuid("must be a runbook id") });

export const runbookVersionParamsSchema = runbookIdParamsSchema.extend({ versionId: z.uuid("must be a version id") });
