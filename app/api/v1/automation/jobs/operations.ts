import { routeOperations } from "@/lib/api/openapi/operation";
import { startChildJobSchema } from "@/lib/automation/schemas";
import { childJobStartView } from "@/lib/automation/start-child-job";

export const operations = routeOperations("/automation/jobs", {
  POST: {
    tag: "Automation (job token)",
    summary: "Start-AutomationRunbook",
    description:
      "Starts a child job of the calling job, authorised as whoever started the chain's root job: 404 when that user cannot see the runbook, 403 when they may not start it or their identity no longer works.",
    access: "job",
    body: startChildJobSchema,
    response: { status: 201, description: "The child job.", schema: childJobStartView },
    errors: [403, 404, 409],
  },
});
