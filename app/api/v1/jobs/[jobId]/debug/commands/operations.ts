import { z } from "zod";
import { routeOperations } from "@/lib/api/openapi/operation";
import { debugCommandSchema } from "@/lib/debug/debug-protocol";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";

export const operations = routeOperations("/jobs/{jobId}/debug/commands", {
  POST: {
    tag: "Debugger",
    summary: "Send a command to a debug session",
    description: "Queued for the worker running the job, which hands it to PowerShell's debugger; answers and state changes arrive on `/jobs/{jobId}/debug/events`. Each accepted command reaches the debugger exactly once, and after every command whose 202 came before it was sent. Before the job's PowerShell starts (state `starting`) only `setBreakpoints` has an effect (the job starts with the latest). A session that has ended refuses commands (409).",
    access: "runbook.test",
    params: jobIdParamsSchema,
    body: debugCommandSchema,
    response: { status: 202, description: "The command is queued.", schema: z.object({ accepted: z.literal(true) }) },
    errors: [409],
  },
});
