import type { z } from "zod";
import type { RouteAccess } from "@/lib/http/api-route";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

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
 * One HTTP operation of /api/v1 as the OpenAPI document shows it. `access` is the same value the
 * route passes to apiRoute(); the schemas are the very zod schemas the route parses with.
 */
export interface ApiOperation {
  method: HttpMethod;
  /** Below /api/v1, with `{param}` segments named like the route's `[param]` folders. */
  path: string;
  tag: string;
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
  /** Error statuses beyond the ones every operation of its kind can return (see build-openapi-document.ts). */
  errors?: number[];
}
