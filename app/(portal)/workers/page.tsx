import type { Metadata } from "next";
import { WorkerList } from "@/components/workers/worker-list";

export const metadata: Metadata = { title: "Workers" };

export default function WorkersPage() {
  return <WorkerList />;
}
