import { routeOperations } from "@/lib/api/openapi/operation";
import { dashboardJobsView } from "@/lib/jobs/dashboard-jobs";

export const operations = routeOperations("/dashboard/jobs", {
  GET: {
    tag: "Dashboard",
    summary: "Running and queued jobs and recent failures",
    access: "job.read",
    response: { status: 200, description: "What the dashboard lists.", schema: dashboardJobsView },
  },
});
