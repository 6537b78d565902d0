import { apiRoute } from "@/lib/http/api-route";

/** Liveness: answering at all is the answer, so a load balancer or orchestrator can probe it without credentials. */
export const GET = apiRoute("public", async () => Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } }));
