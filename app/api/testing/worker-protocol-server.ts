import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { routeTarget } from "@/lib/testing/route-target";
import { selfSignedCertificate } from "@/lib/testing/self-signed-certificate";
import { createRegistrationToken } from "@/lib/workers/registration-tokens/create-registration-token";
import { startRouteServer } from "./route-server";

export interface WorkerProtocolServer {
  /** The web service's base URL (https://127.0.0.1:…). */
  url: string;
  /** The PEM certificate to trust for it. */
  ca: string;
  /** A registration token of the group. */
  token: string;
  close(): Promise<void>;
}

const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [{ role: "Administrator", scopeTag: null }] };

/**
 * What a remote worker needs of the platform in a test: the real routes (worker protocol included)
 * served over HTTPS with a throwaway certificate, on the test's database, and a registration token
 * of `group` (created with the group if it is new).
 */
export async function startWorkerProtocolServer(db: Db, group: string): Promise<WorkerProtocolServer> {
  routeTarget.db = db;
  const certificate = selfSignedCertificate();
  const server = await startRouteServer({ tls: certificate });
  await db.workerGroup.upsert({ where: { name: group }, create: { name: group }, update: {} });
  const { token } = await createRegistrationToken(db, admin, group, { name: `test-${Date.now()}`, expiresInDays: 1 });
  return { url: server.url, ca: certificate.cert, token, close: () => server.close() };
}
