import { routeOperations } from "@/lib/api/openapi/operation";
import { jobDetailView } from "@/lib/jobs/job-views";
import { testDraftSchema } from "@/lib/jobs/start-job-schema";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/draft/test", {
  POST: {
    tag: "Runbooks",
    summary: "Run the draft as a test job",
    access: "runbook.test",
    params: runbookIdParamsSchema,
    body: testDraftSchema,
    response: { status: 201, description: "The test job.", schema: jobDetailView },
    errors: [409],
  },
});
