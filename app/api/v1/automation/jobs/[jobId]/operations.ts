import { routeOperations } from "@/lib/api/openapi/operation";
import { childJobView } from "@/lib/automation/get-child-job";
import { childJobParamsSchema } from "@/lib/automation/schemas";

export const operations = routeOperations("/automation/jobs/{jobId}", {
  GET: {
    tag: "Automation (job token)",
    summary: "Wait-AutomationJob (poll a child job)",
    description: "Only the calling job's own children, while whoever started the chain's root job may read that runbook's jobs.",
    access: "job",
    params: childJobParamsSchema,
    response: { status: 200, description: "The child's status and output.", schema: childJobView },
  },
});
