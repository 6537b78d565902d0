import type { z } from "zod";
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
import { pageQuerySchema } from "@/lib/paging/page-query";
import { certificateViewSchema, connectionTypeViewSchema, connectionViewSchema, credentialViewSchema, variableViewSchema } from "./asset-view-schemas";
import type { ApiOperation } from "./operation";
import { pageOf } from "./response-schemas";

interface AssetKind {
  tag: string;
  /** URL segment below /api/v1. */
  segment: string;
  noun: string;
  view: z.ZodType;
  create: z.ZodType;
  update: z.ZodType;
  /** Deleting refuses (409) while published runbooks use the asset unless `?force=true`. */
  referenced: boolean;
}

const assetKinds: AssetKind[] = [
  { tag: "Variables", segment: "variables", noun: "variable", view: variableViewSchema, create: createVariableSchema, update: updateVariableSchema, referenced: true },
  { tag: "Credentials", segment: "credentials", noun: "credential", view: credentialViewSchema, create: createCredentialSchema, update: updateCredentialSchema, referenced: true },
  { tag: "Connections", segment: "connections", noun: "connection", view: connectionViewSchema, create: createConnectionSchema, update: updateConnectionSchema, referenced: true },
  { tag: "Connection types", segment: "connection-types", noun: "connection type", view: connectionTypeViewSchema, create: createConnectionTypeSchema, update: updateConnectionTypeSchema, referenced: false },
  { tag: "Certificates", segment: "certificates", noun: "certificate", view: certificateViewSchema, create: createCertificateSchema, update: updateCertificateSchema, referenced: true },
];

function operationsOf(kind: AssetKind): ApiOperation[] {
  const item = kind.view;
  const base = `/${kind.segment}`;
  const one = `${base}/{name}`;
  const common = { tag: kind.tag } as const;
  return [
    { ...common, method: "GET", path: base, summary: `List ${kind.noun}s`, description: "By name.", access: "asset.read", query: pageQuerySchema, response: { status: 200, description: `A page of ${kind.noun}s.`, schema: pageOf(item) } },
    { ...common, method: "POST", path: base, summary: `Create a ${kind.noun}`, access: "asset.write", body: kind.create, response: { status: 201, description: `The new ${kind.noun}.`, schema: item }, errors: [409] },
    { ...common, method: "GET", path: one, summary: `Get a ${kind.noun}`, description: "The name is URL-encoded and compares ignoring case.", access: "asset.read", params: assetNameParamsSchema, response: { status: 200, description: `The ${kind.noun}.`, schema: item } },
    { ...common, method: "PATCH", path: one, summary: `Update a ${kind.noun}`, access: "asset.write", params: assetNameParamsSchema, body: kind.update, response: { status: 200, description: `The updated ${kind.noun}.`, schema: item } },
    {
      ...common,
      method: "DELETE",
      path: one,
      summary: `Delete a ${kind.noun}`,
      description: kind.referenced
        ? "409 with `error.details.runbooks` while published runbooks read it; `?force=true` deletes anyway."
        : "409 while connections of this type exist.",
      access: "asset.write",
      params: assetNameParamsSchema,
      ...(kind.referenced ? { query: deleteAssetQuerySchema } : {}),
      response: { status: 204, description: "Deleted." },
      errors: [409],
    },
  ];
}

export const assetOperations: ApiOperation[] = assetKinds.flatMap(operationsOf);
