import { routeOperations } from "@/lib/api/openapi/operation";
import { jobStatsQuerySchema, jobStatusHistogramView } from "@/lib/jobs/job-status-histogram";

export const operations = routeOperations("/dashboard/job-stats", {
  GET: {
    tag: "Dashboard",
    summary: "Jobs per status per hour (24h) or day (7d)",
    access: "job.read",
    query: jobStatsQuerySchema,
    response: { status: 200, description: "Buckets of counts per status.", schema: jobStatusHistogramView },
  },
});
