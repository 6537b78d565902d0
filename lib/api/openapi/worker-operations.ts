import { z } from "zod";
import { pageQuerySchema } from "@/lib/paging/page-query";
import type { WorkerView } from "@/lib/workers/worker-view";
import { createWorkerGroupSchema, updateWorkerGroupSchema, workerGroupNameParamsSchema, workerIdParamsSchema } from "@/lib/workers/worker-group-schemas";
import type { WorkerGroupView } from "@/lib/workers/worker-group-view";
import type { ApiOperation } from "./operation";
import { pageOf, viewSchema } from "./response-schemas";

export const workerSchema = viewSchema<WorkerView>()(
  z.object({
    id: z.string(),
    name: z.string(),
    host: z.string(),
    version: z.string(),
    group: z.string(),
    state: z.string().describe("online | draining | offline, as the worker last reported it"),
    online: z.boolean().describe("Not offline and heartbeating recently."),
    capacity: z.number().int(),
    runningJobs: z.number().int(),
    lastHeartbeatAt: z.string(),
    startedAt: z.string(),
  }),
);

export const workerGroupSchema = viewSchema<WorkerGroupView>()(
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    createdAt: z.string(),
    workers: z.number().int().describe("Workers registered in the group."),
    onlineWorkers: z.number().int().describe("Of those, how many are alive now."),
  }),
);

const group = "Workers";

export const workerOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/workers",
    tag: group,
    summary: "List workers",
    description: "By group, then name.",
    access: "worker.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of workers.", schema: pageOf(workerSchema) },
  },

  { method: "GET", path: "/workers/{workerId}", tag: group, summary: "Get a worker", access: "worker.read", params: workerIdParamsSchema, response: { status: 200, description: "The worker.", schema: workerSchema } },
  {
    method: "GET",
    path: "/worker-groups",
    tag: group,
    summary: "List worker groups",
    description: "By name, with how many workers each has and how many are online.",
    access: "worker.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of worker groups.", schema: pageOf(workerGroupSchema) },
  },
  {
    method: "POST",
    path: "/worker-groups",
    tag: group,
    summary: "Create a worker group",
    description: "Ahead of its workers, so runbooks and jobs can target it; workers also create their group when they first register.",
    access: "worker.write",
    body: createWorkerGroupSchema,
    response: { status: 201, description: "The group.", schema: workerGroupSchema },
    errors: [409],
  },
  { method: "GET", path: "/worker-groups/{name}", tag: group, summary: "Get a worker group", access: "worker.read", params: workerGroupNameParamsSchema, response: { status: 200, description: "The group.", schema: workerGroupSchema } },
  {
    method: "PATCH",
    path: "/worker-groups/{name}",
    tag: group,
    summary: "Change a worker group's description",
    description: "The name is fixed: jobs, runbooks and workers' BATON_WORKER_GROUP refer to it.",
    access: "worker.write",
    params: workerGroupNameParamsSchema,
    body: updateWorkerGroupSchema,
    response: { status: 200, description: "The group.", schema: workerGroupSchema },
  },
  {
    method: "DELETE",
    path: "/worker-groups/{name}",
    tag: group,
    summary: "Delete an empty worker group",
    description: "409 with `error.details.workers` while workers are registered in it.",
    access: "worker.write",
    params: workerGroupNameParamsSchema,
    response: { status: 204, description: "Deleted." },
    errors: [409],
  },
];
