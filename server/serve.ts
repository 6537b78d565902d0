// `npm start`: the production web server. Serves the built portal and API over HTTPS when
// BATON_TLS_CERT and BATON_TLS_KEY are set, over HTTP otherwise (e.g. behind a TLS-terminating proxy,
// with BATON_TRUST_PROXY). Run `next build` first.
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { loadTlsCredentials } from "@/lib/http/tls-credentials";
import { startTimeBasedWork } from "@/lib/time-based-work/start-time-based-work";
import { runCli } from "@/scripts/cli";
import { secureRequestHandler } from "./secure-request-handler";

const root = path.resolve(import.meta.dirname, "..");
const shutdownGraceMs = 10_000;

runCli(async () => {
  // Like `next start`: React and Next pick their production builds from NODE_ENV when first loaded.
  Object.assign(process.env, { NODE_ENV: "production" });
  const env = getEnv();
  // Read before Next starts, so a bad file fails in one line rather than on the first handshake.
  const tls = env.tls ? loadTlsCredentials(env.tls) : null;
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname: env.BATON_HOST, port: env.PORT });
  await app.prepare();
  const handler = secureRequestHandler(app.getRequestHandler(), { trustedProxies: env.trustedProxies });
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key, minVersion: "TLSv1.2" }, handler) : http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.BATON_HOST, resolve);
  });
  const proxies = env.trustedProxies ? `, trusting X-Forwarded-* from ${env.trustedProxies} proxy hop(s)` : "";
  const certificate = tls ? `, certificate valid until ${tls.validTo.toISOString().slice(0, 10)}` : "";
  // Jobs of lost workers end, schedules start jobs and old history is purged even when no worker is
  // left that reaches the database (remote workers never do).
  const timeBasedWork = startTimeBasedWork(await getDb(), {
    instanceName: `web service ${os.hostname()}-${process.pid}`,
    log: (line) => console.log(`[baton] ${line}`),
  });
  console.log(`Baton portal listening on ${tls ? "https" : "http"}://${env.BATON_HOST}:${env.PORT} (public URL ${env.publicUrl}${certificate}${proxies})`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close(() => resolve());
      server.closeIdleConnections();
      // Live job streams never go idle; give in-flight requests a moment, then end them.
      setTimeout(() => server.closeAllConnections(), shutdownGraceMs).unref();
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  await timeBasedWork.stop();
  await app.close();
});
