import type { z } from "zod";
import type { RouteAccess } from "@/lib/http/api-route";
import type { ErrorStatus } from "@/lib/errors";
import type { ApiTag } from "./tags";

export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** A response body described either by a zod schema or by a JSON Schema written out by hand. */
export type BodySchema = z.ZodType | { jsonSchema: Record<string, unknown> };

export interface SuccessResponse {
  status: 200 | 201 | 202 | 204;
  description: string;
  /** application/json unless told otherwise (CSV, text/plain, text/event-stream). */
  contentType?: string;
  schema?: BodySchema;
}

/**
 * One method of a route as the OpenAPI document shows it. `access` is the same value the route passes
 * to apiRoute(); the schemas are the very zod schemas the route parses with and its result is built by.
 */
export interface RouteOperation {
  tag: ApiTag;
  summary: string;
  description?: string;
  access: RouteAccess;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A body that is not JSON (a .zip upload, a webhook's payload), read by the route itself. */
  rawBody?: { contentType: string; description: string };
  /** Body size limit when the route sets one above the default. */
  bodyLimitBytes?: number;
  response: SuccessResponse;
  /** Error statuses beyond the ones every operation of its kind can return (see error-responses.ts). */
  errors?: ErrorStatus[];
}

/** One HTTP operation of /api/v1: a route's method with its path. */
export interface ApiOperation extends RouteOperation {
  method: HttpMethod;
  /** Below /api/v1, with `{param}` segments named like the route's `[param]` folders. */
  path: string;
}

/**
 * The operations of one route, declared in the `operations.ts` beside its `route.ts` (the OpenAPI
 * test checks that `path` is that folder and the methods are the ones the route exports).
 */
export function routeOperations(path: string, byMethod: Partial<Record<HttpMethod, RouteOperation>>): ApiOperation[] {
  return httpMethods.flatMap((method) => {
    const operation = byMethod[method];
    return operation ? [{ method, path, ...operation }] : [];
  });
}
