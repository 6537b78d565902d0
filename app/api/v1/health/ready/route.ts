import { checkReadiness } from "@/lib/health/check-readiness";
import type { ReadinessView } from "@/lib/health/health-schemas";
import { apiRoute } from "@/lib/http/api-route";

/** Readiness: 503 while the database does not answer, so a balancer sends requests to another instance. */
export const GET = apiRoute("public", async ({ db }) => {
  const readiness = await checkReadiness(db, (message) => console.error(message));
  const body: ReadinessView = { status: readiness.ready ? "ready" : "not_ready", database: readiness.database, databaseMs: readiness.databaseMs };
  return Response.json(body, { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
});
