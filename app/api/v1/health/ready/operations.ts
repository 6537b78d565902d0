import { routeOperations } from "@/lib/api/openapi/operation";
import { readinessViewSchema } from "@/lib/health/health-schemas";

export const operations = routeOperations("/health/ready", {
  GET: {
    tag: "Meta",
    summary: "Readiness",
    description: "Public: 200 when this web process's database answers `SELECT 1` within 2 s, else 503 with the same body naming what failed (the cause goes to the server's log).",
    access: "public",
    response: { status: 200, description: "Ready to serve; 503 (same shape) when not.", schema: readinessViewSchema },
  },
});
