import { routeOperations } from "@/lib/api/openapi/operation";
import { jobCheckpointView, savedCheckpointView } from "@/lib/automation/job-checkpoint";
import { checkpointBodyLimitBytes, saveCheckpointSchema } from "@/lib/automation/schemas";

export const operations = routeOperations("/automation/checkpoint", {
  GET: {
    tag: "Automation (job token)",
    summary: "Get-AutomationCheckpoint",
    description: "The calling job's own checkpoint (the token decides which job).",
    access: "job",
    response: { status: 200, description: "The checkpoint.", schema: jobCheckpointView },
  },
  PUT: {
    tag: "Automation (job token)",
    summary: "Set-AutomationCheckpoint",
    access: "job",
    body: saveCheckpointSchema,
    bodyLimitBytes: checkpointBodyLimitBytes,
    response: { status: 200, description: "When it was saved.", schema: savedCheckpointView },
  },
});
