import type { Metadata } from "next";
import { VariablesPanel } from "@/components/assets/variables-panel";

export const metadata: Metadata = { title: "Variables" };

export default function VariablesPage() {
  return <VariablesPanel />;
}
