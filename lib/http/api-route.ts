import { z } from "zod";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/auth/permissions";
import { canSome, type Principal } from "@/lib/auth/principal";
import { resolvePrincipal } from "@/lib/auth/resolve-principal";
import { resolveJobToken } from "@/lib/automation/resolve-job-token";
import { assertStorableInput } from "@/lib/input/storable-input";
import { assertSameOrigin } from "./assert-same-origin";
import { readBodyText } from "./read-body-text";
import { toHttpResponse } from "./to-http-response";

/**
 * What a route needs: a permission (checked here for "has it somewhere"; handlers check tag-scoped
 * rights on the specific runbook with `can()`), "authenticated" (any signed-in principal) or
 * "public" (the handler authenticates by other means, e.g. a webhook token) or "job" (a running
 * job's automation token, `bjt_…`; the principal is the job, kind "job" with its jobId) or "worker"
 * (a remote worker's registration token, `bwr_…`: the worker protocol's own wrapper,
 * lib/worker-protocol/worker-protocol-route.ts, since its caller is a worker group, not a principal).
 */
export type RouteAccess = Permission | "authenticated" | "public" | "job" | "worker";

export interface RouteContext<P> {
  req: Request;
  params: P;
  db: Db;
  principal: Principal;
}

type NextRouteContext = { params: Promise<Record<string, string | string[]>> };

export type ApiHandler = ((req: Request, ctx: NextRouteContext) => Promise<Response>) & { access: RouteAccess };

/** Largest JSON body a route accepts unless it says otherwise. */
const defaultBodyLimitBytes = 1024 * 1024;

/**
 * Wraps a route handler: authenticates, checks the declared access, parses route params with zod,
 * and maps every error to the one error format. A handler returns a Response or a JSON-able value.
 */
export function apiRoute<S extends z.ZodType = z.ZodType<Record<string, never>>>(
  access: Exclude<RouteAccess, "worker">,
  handler: (ctx: RouteContext<z.infer<S>>) => Promise<Response | unknown>,
  options: { params?: S; allowedBeforePasswordChange?: boolean } = {},
): ApiHandler {
  const wrapped = async (req: Request, ctx: NextRouteContext): Promise<Response> => {
    try {
      const db = await getDb();
      const principal =
        access === "public" ? anonymous : access === "job" ? await resolveJobToken(db, req.headers) : await resolvePrincipal(db, req.headers);
      if (!principal) throw new AppError("unauthorized", "Sign in or send a valid API token (Authorization: Bearer …)");
      // Only a session rides on a cookie the browser attaches by itself; bearer tokens cannot be forged cross-site.
      if (principal.sessionId) assertSameOrigin(req.method, req.headers);
      if (principal.mustChangePassword && !options.allowedBeforePasswordChange) throw new AppError("password_change_required", passwordChangeRequiredMessage);
      if (access !== "public" && access !== "authenticated" && access !== "job" && !canSome(principal, access)) {
        throw new AppError("forbidden", `You need the ${access} permission`);
      }
      const rawParams = ctx?.params ? await ctx.params : {};
      const params = (options.params ? options.params.parse(rawParams) : rawParams) as z.infer<S>;
      const result = await handler({ req, params, db, principal });
      return result instanceof Response ? result : Response.json(result);
    } catch (err) {
      return toHttpResponse(err);
    }
  };
  return Object.assign(wrapped, { access });
}

const passwordChangeRequiredMessage = "Change your password first: PUT /api/v1/me/password (or the Change password page)";

const anonymous: Principal = { kind: "user", userId: null, name: "anonymous", grants: [] };

/**
 * Reads a JSON body with a size limit and validates it with the route's zod schema. Other content
 * types are refused, so a form post from another site cannot reach a JSON API. The body is counted as
 * it streams (readBodyText), so a chunked upload without a Content-Length is cut off at the limit.
 * What the schema lets through then passes the storable-text rule (no NUL, bounded nesting).
 */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, limitBytes = defaultBodyLimitBytes): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError("unsupported_media_type", "Send the request body as application/json");
  }
  const text = await readBodyText(req, limitBytes);
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new AppError("bad_request", "Request body is not valid JSON");
  }
  const input = schema.parse(body);
  assertStorableInput(input);
  return input;
}

/** Parses the query string with a zod schema (values arrive as strings; use z.coerce). */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const url = new URL(req.url);
  const query = schema.parse(Object.fromEntries(url.searchParams.entries()));
  assertStorableInput(query);
  return query;
}
