import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { ModuleList } from "@/components/modules/module-list";
import { pageAllows } from "../page-principal";

export const metadata: Metadata = { title: "Modules" };

export default async function ModulesPage() {
  return (await pageAllows("module.read")) ? <ModuleList /> : <ForbiddenNotice permission="module.read" />;
}
