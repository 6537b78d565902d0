import { routeOperations } from "@/lib/api/openapi/operation";
import { startChildJobSchema } from "@/lib/automation/schemas";
import { childJobStartView } from "@/lib/automation/start-child-job";

export const operations = routeOperations("/automation/jobs", {
  POST: {
    tag: "Automation (job token)",
    summary: "Start-AutomationRunbook",
    description: "Starts a child job of the calling job.",
    access: "job",
    body: startChildJobSchema,
    response: { status: 201, description: "The child job.", schema: childJobStartView },
    errors: [409],
  },
});
