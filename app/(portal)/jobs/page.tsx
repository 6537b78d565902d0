import type { Metadata } from "next";
import { Suspense } from "react";
import { JobList } from "@/components/jobs/job-list";
import { Spinner } from "@/components/ui/spinner";

export const metadata: Metadata = { title: "Jobs" };

export default function JobsPage() {
  return (
    <Suspense fallback={<Spinner label="Loading jobs…" />}>
      <JobList />
    </Suspense>
  );
}
