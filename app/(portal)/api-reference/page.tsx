import type { Metadata } from "next";
import { ApiReference } from "@/components/api-reference/api-reference";
import { openApiDocument } from "@/app/api/v1/openapi.json/openapi-document";

export const metadata: Metadata = { title: "API reference" };

export default function ApiReferencePage() {
  return <ApiReference spec={openApiDocument()} />;
}
