import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { WorkerList } from "@/components/workers/worker-list";
import { pageAllows } from "../page-principal";

export const metadata: Metadata = { title: "Workers" };

export default async function WorkersPage() {
  return (await pageAllows("worker.read")) ? <WorkerList /> : <ForbiddenNotice permission="worker.read" />;
}
