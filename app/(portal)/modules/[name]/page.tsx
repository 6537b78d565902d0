import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { ModuleDetail } from "@/components/modules/module-detail";
import { pageAllows } from "../../page-principal";

export const metadata: Metadata = { title: "Module" };

export default async function ModulePage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return (await pageAllows("module.read")) ? <ModuleDetail name={name} /> : <ForbiddenNotice permission="module.read" />;
}
