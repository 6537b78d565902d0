import http from "node:http";
import https from "node:https";
import tls from "node:tls";
import { AppError, errorCodes, type ErrorCode } from "@/lib/errors";

export interface ProtocolClientOptions {
  /** The web service, e.g. https://baton.example.com; the protocol lives under /api/v1/worker-protocol. */
  baseUrl: string;
  /** The worker registration token (`bwr_…`), sent on every call. */
  token: string;
  /** PEM certificates trusted beside the system's, for a web service whose certificate a private CA signed. */
  ca?: string;
  /** Called once, on the first call the web service refuses the token for (revoked, expired). */
  onTokenRejected?: (message: string) => void;
}

/** A call that did not reach the web service, or that it could not answer right now (502, 503, 504, 429). */
export class ServiceUnreachableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ServiceUnreachableError";
  }
}

/**
 * The web service's certificate was refused (untrusted, expired, for another name): a setting to fix
 * (BATON_URL, BATON_CA_FILE, the server's certificate), never retried as a network blip.
 */
export class CertificateRejectedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CertificateRejectedError";
  }
}

/** OpenSSL's verification codes and Node's name check, as `err.code` of a refused TLS handshake. */
const certificateCodes = /^(ERR_TLS_CERT_ALTNAME_INVALID|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET_ISSUER_CERT(_LOCALLY)?|VERIFY_LEAF_SIGNATURE)|CERT_(HAS_EXPIRED|NOT_YET_VALID|REVOKED|UNTRUSTED|REJECTED|SIGNATURE_FAILURE)|INVALID_CA|HOSTNAME_MISMATCH)$/;

export interface ProtocolRequest {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
  /** How long the call may take before it counts as lost (a claim adds the time it waits on the server). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const defaultTimeoutMs = 30_000;
const transientStatuses = new Set([429, 502, 503, 504]);

/**
 * The remote worker's one HTTP(S) client: keep-alive connections, the server's certificate checked
 * against the system's CAs plus `ca`, the token on every call, a timeout on every call, and the web
 * service's error format turned back into the AppError it came from, so `isRefusedTransition` reads
 * a refusal the same as on the database. What never reached an answer is a ServiceUnreachableError.
 */
export function createProtocolClient(options: ProtocolClientOptions) {
  const base = new URL("/api/v1/worker-protocol", options.baseUrl);
  const secure = base.protocol === "https:";
  // Setting `ca` replaces Node's bundled roots, so they are passed along with the private CA.
  const agent = secure ? new https.Agent({ keepAlive: true, ca: options.ca ? [...tls.rootCertificates, options.ca] : undefined }) : new http.Agent({ keepAlive: true });
  let rejected = false;

  const send = (req: ProtocolRequest): Promise<{ status: number; body: Buffer; type: string }> =>
    new Promise((resolve, reject) => {
      const url = new URL(base.pathname + req.path, base);
      const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
      const request = (secure ? https : http).request(
        url,
        {
          method: req.method,
          agent,
          headers: {
            authorization: `Bearer ${options.token}`,
            accept: "application/json",
            ...(payload ? { "content-type": "application/json", "content-length": String(payload.length) } : {}),
          },
          signal: req.signal,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), type: String(res.headers["content-type"] ?? "") }));
          res.on("error", (err) => reject(new ServiceUnreachableError(`${req.method} ${url.pathname}: ${err.message}`, { cause: err })));
        },
      );
      request.setTimeout(req.timeoutMs ?? defaultTimeoutMs, () => request.destroy(Object.assign(new Error(`no answer within ${(req.timeoutMs ?? defaultTimeoutMs) / 1000} s`), { code: "ETIMEDOUT" })));
      request.on("error", (err: NodeJS.ErrnoException) => {
        if (req.signal?.aborted) return reject(err);
        if (certificateCodes.test(err.code ?? "")) {
          return reject(new CertificateRejectedError(`the web service's certificate at ${url.origin} is not trusted (${err.code}: ${err.message}); check BATON_URL and BATON_CA_FILE`, { cause: err }));
        }
        reject(new ServiceUnreachableError(`${req.method} ${url.pathname}: ${err.message}`, { cause: err }));
      });
      request.end(payload);
    });

  return {
    /** Answers the parsed JSON body (undefined for 204), the raw bytes for other types, or throws. */
    async call<T>(req: ProtocolRequest): Promise<T> {
      const res = await send(req);
      if (res.status >= 200 && res.status < 300) {
        if (res.status === 204 || res.body.length === 0) return undefined as T;
        // The web service is the platform itself: its answers have the shapes its routes declare.
        return (res.type.includes("json") ? JSON.parse(res.body.toString("utf8")) : new Uint8Array(res.body)) as T;
      }
      const error = parseError(res.body);
      const message = error?.message ?? `HTTP ${res.status}`;
      if (transientStatuses.has(res.status)) throw new ServiceUnreachableError(`${req.method} ${req.path}: ${message}`);
      if (res.status === 401 && !rejected) {
        rejected = true;
        options.onTokenRejected?.(message);
      }
      const code: ErrorCode = error && (errorCodes as string[]).includes(error.code) ? (error.code as ErrorCode) : res.status === 404 ? "not_found" : "bad_request";
      throw new AppError(code, message, { field: error?.field });
    },
    close: () => agent.destroy(),
  };
}

export type ProtocolClient = ReturnType<typeof createProtocolClient>;

function parseError(body: Buffer): { code: string; message: string; field?: string } | null {
  try {
    const parsed = JSON.parse(body.toString("utf8")) as { error?: { code?: unknown; message?: unknown; field?: unknown } };
    const e = parsed.error;
    if (typeof e?.code !== "string" || typeof e.message !== "string") return null;
    return { code: e.code, message: e.message, field: typeof e.field === "string" ? e.field : undefined };
  } catch {
    return null;
  }
}
