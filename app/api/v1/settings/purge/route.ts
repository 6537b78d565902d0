import crypto from "node:crypto";
import { apiRoute } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { runRetention } from "@/lib/retention/run-retention";

/** Runs the retention purge now and returns its counts; 409 while another purge is running. */
export const POST = apiRoute("settings.write", async ({ req, db, principal }) =>
  runRetention(db, { actor: principal, holder: `web:${principal.name}:${crypto.randomUUID()}`, trigger: "manual", sourceAddress: sourceAddress(req.headers) }),
);
