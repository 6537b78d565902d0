import type { z } from "zod";
import { certificateView } from "@/lib/assets/certificate-view";
import { connectionTypeView } from "@/lib/assets/connection-type-view";
import { connectionView } from "@/lib/assets/connection-view";
import { credentialView } from "@/lib/assets/credential-view";
import {
  assetNameParamsSchema,
  createCertificateSchema,
  createConnectionSchema,
  createConnectionTypeSchema,
  createCredentialSchema,
  createVariableSchema,
  deleteAssetQuerySchema,
  updateCertificateSchema,
  updateConnectionSchema,
  updateConnectionTypeSchema,
  updateCredentialSchema,
  updateVariableSchema,
} from "@/lib/assets/schemas";
import { variableView } from "@/lib/assets/variable-view";
import { routeOperations, type ApiOperation } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import type { ApiTag } from "@/lib/api/openapi/tags";
import { pageQuerySchema } from "@/lib/paging/page-query";

/** What the five asset kinds' routes have in common is their shape; these say how each differs. */
interface AssetKind {
  tag: ApiTag;
  /** URL segment below /api/v1. */
  segment: string;
  noun: string;
  view: z.ZodType;
  create: z.ZodType;
  update: z.ZodType;
  /** Deleting refuses (409) while published runbooks use the asset unless `?force=true`. */
  referenced: boolean;
}

export const assetKinds = {
  variables: { tag: "Variables", segment: "variables", noun: "variable", view: variableView, create: createVariableSchema, update: updateVariableSchema, referenced: true },
  credentials: { tag: "Credentials", segment: "credentials", noun: "credential", view: credentialView, create: createCredentialSchema, update: updateCredentialSchema, referenced: true },
  connections: { tag: "Connections", segment: "connections", noun: "connection", view: connectionView, create: createConnectionSchema, update: updateConnectionSchema, referenced: true },
  connectionTypes: {
    tag: "Connection types",
    segment: "connection-types",
    noun: "connection type",
    view: connectionTypeView,
    create: createConnectionTypeSchema,
    update: updateConnectionTypeSchema,
    referenced: false,
  },
  certificates: { tag: "Certificates", segment: "certificates", noun: "certificate", view: certificateView, create: createCertificateSchema, update: updateCertificateSchema, referenced: true },
} satisfies Record<string, AssetKind>;

/** `/{segment}`: list and create. */
export function assetListOperations(kind: AssetKind): ApiOperation[] {
  return routeOperations(`/${kind.segment}`, {
    GET: { tag: kind.tag, summary: `List ${kind.noun}s`, description: "By name.", access: "asset.read", query: pageQuerySchema, response: { status: 200, description: `A page of ${kind.noun}s.`, schema: pageOf(kind.view) } },
    POST: { tag: kind.tag, summary: `Create a ${kind.noun}`, access: "asset.write", body: kind.create, response: { status: 201, description: `The new ${kind.noun}.`, schema: kind.view }, errors: [409] },
  });
}

/** `/{segment}/{name}`: read, update and delete one. */
export function assetItemOperations(kind: AssetKind): ApiOperation[] {
  return routeOperations(`/${kind.segment}/{name}`, {
    GET: {
      tag: kind.tag,
      summary: `Get a ${kind.noun}`,
      description: "The name is URL-encoded and compares ignoring case.",
      access: "asset.read",
      params: assetNameParamsSchema,
      response: { status: 200, description: `The ${kind.noun}.`, schema: kind.view },
    },
    PATCH: { tag: kind.tag, summary: `Update a ${kind.noun}`, access: "asset.write", params: assetNameParamsSchema, body: kind.update, response: { status: 200, description: `The updated ${kind.noun}.`, schema: kind.view } },
    DELETE: {
      tag: kind.tag,
      summary: `Delete a ${kind.noun}`,
      description: kind.referenced ? "409 with `error.details.runbooks` while published runbooks read it; `?force=true` deletes anyway." : "409 while connections of this type exist.",
      access: "asset.write",
      params: assetNameParamsSchema,
      ...(kind.referenced ? { query: deleteAssetQuerySchema } : {}),
      response: { status: 204, description: "Deleted." },
      errors: [409],
    },
  });
}
