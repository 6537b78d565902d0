import type { Metadata } from "next";
import { CertificatesPanel } from "@/components/assets/certificates-panel";

export const metadata: Metadata = { title: "Certificates" };

export default function CertificatesPage() {
  return <CertificatesPanel />;
}
