import { routeOperations } from "@/lib/api/openapi/operation";
import { livenessViewSchema } from "@/lib/health/health-schemas";

export const operations = routeOperations("/health", {
  GET: {
    tag: "Meta",
    summary: "Liveness",
    description: "Public: 200 while the web process answers. It consults nothing else, so a database outage does not get the process restarted; readiness covers that.",
    access: "public",
    response: { status: 200, description: "The process is up.", schema: livenessViewSchema },
  },
});
