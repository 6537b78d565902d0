import { z } from "zod";
import { pageQuerySchema } from "@/lib/http/page-query";
import type { WorkerView } from "@/lib/jobs/job-views";
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

export const workerOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/workers",
    tag: "Workers",
    summary: "List workers",
    description: "By group, then name.",
    access: "worker.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of workers.", schema: pageOf(workerSchema) },
  },
];
