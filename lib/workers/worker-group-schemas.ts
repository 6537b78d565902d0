import { z } from "zod";
import { hostModeSchema } from "./host-mode";

/** Worker group names: what BATON_WORKER_GROUP accepts and what a job's runOn may name. */
export const workerGroupNameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must start with a letter or digit and use only letters, digits and . _ -");

const descriptionSchema = z.string().trim().max(512, "must be at most 512 characters");

const groupHostModeSchema = hostModeSchema.describe("How the group's workers run jobs of runbooks that leave it to the group: process (a fresh pwsh for each job) or shared (long-lived pwsh hosts, each running jobs of one runbook one at a time).");

/** Body of POST /api/v1/worker-groups, shared by the route and the workers page's form. */
export const createWorkerGroupSchema = z
  .object({ name: workerGroupNameSchema, description: descriptionSchema.default(""), hostMode: groupHostModeSchema.default("process") })
  .strict();
export type CreateWorkerGroupInput = z.infer<typeof createWorkerGroupSchema>;

/** Jobs, runbooks and workers' BATON_WORKER_GROUP name a group, so its name is fixed; the rest may change. */
export const updateWorkerGroupSchema = z.object({ description: descriptionSchema, hostMode: groupHostModeSchema }).partial().strict();
export type UpdateWorkerGroupInput = z.infer<typeof updateWorkerGroupSchema>;

export const workerGroupNameParamsSchema = z.object({ name: workerGroupNameSchema });

export const workerIdParamsSchema = z.object({ workerId: z.uuid("must be a worker id") });
