import type { Metadata } from "next";
import { ConnectionTypesPanel } from "@/components/assets/connection-types-panel";

export const metadata: Metadata = { title: "Connection types" };

export default function ConnectionTypesPage() {
  return <ConnectionTypesPanel />;
}
