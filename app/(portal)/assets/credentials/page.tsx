import type { Metadata } from "next";
import { CredentialsPanel } from "@/components/assets/credentials-panel";

export const metadata: Metadata = { title: "Credentials" };

export default function CredentialsPage() {
  return <CredentialsPanel />;
}
