import { z } from "zod";
import { debugCommandSchema } from "@/lib/debug/debug-protocol";

/**
 * The protocol's answers as the OpenAPI document describes them. The routes return what the lib/
 * verbs return (the same values a worker on the database gets); these restate those types' shapes
 * for the document only, which is why they stay loose where the verbs' types are rich.
 */
export const registeredWorkerView = z.object({ id: z.string(), name: z.string(), group: z.string() });

export const claimedJobsView = z.object({
  jobs: z.array(z.object({ id: z.string(), runbookId: z.string(), attempts: z.number().int().describe("The attempt the worker now holds: send it with every step of the job.") })),
});

export const leaseRenewalView = z.object({
  renewed: z.array(z.string()).describe("Jobs whose lease was extended."),
  actions: z
    .array(z.object({ jobId: z.string(), attempt: z.number().int(), action: z.enum(["stop", "suspend", "lost"]) }))
    .describe("Jobs that need the worker: a stop or suspend was asked for, or the attempt was lost (end it without touching the job)."),
});

export const preparedJobView = z.object({
  job: z
    .object({
      run: z.record(z.string(), z.unknown()).describe("The runner's job spec: runbook, script, parameters, automation token, streams, host mode, checkpoint, debug breakpoints."),
      debug: z.object({ idleTimeoutSeconds: z.number().int() }).nullable(),
      restartable: z.boolean(),
      timeoutSeconds: z.number().int(),
      maxOutputBytes: z.number().int(),
      resumed: z.string().nullable(),
    })
    .nullable()
    .describe("Null when the attempt is no longer the worker's to start (stopped or reaped meanwhile)."),
});

export const stoppingView = z.object({ stopping: z.boolean() });

export const appendResultView = z.object({
  stored: z.number().int().describe("Records stored by this call (a truncation marker included)."),
  lastSeq: z.number().int(),
  truncatedNow: z.boolean().describe("This call hit the job's output cap."),
});

export const debugCommandsView = z.object({ commands: z.array(z.object({ id: z.number().int(), command: debugCommandSchema.nullable() })) });

export const activeModulesView = z.object({
  modules: z.array(z.object({ name: z.string(), versionId: z.string(), version: z.string(), sha256: z.string() })),
});
