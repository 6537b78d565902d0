import { describe, expect, it } from "vitest";
import { assetReferencePattern } from "./find-asset-references";

describe("assetReferencePattern", () => {
  const uses = (kind: Parameters<typeof assetReferencePattern>[0], name: string, script: string) => assetReferencePattern(kind, name)!.test(script);

  it("finds quoted, bare, positional and -Name references, ignoring case", () => {
    expect(uses("variable", "Threshold", "$x = Get-AutomationVariable -Name 'Threshold'")).toBe(true);
    expect(uses("variable", "Threshold", '$x = Get-AutomationVariable -Name "threshold"')).toBe(true);
    expect(uses("variable", "Threshold", "$x = get-automationvariable Threshold")).toBe(true);
    expect(uses("variable", "Threshold", "Set-AutomationVariable -Value 3 -Name Threshold")).toBe(true);
    expect(uses("variable", "Threshold", "$x = (Get-AutomationVariable -Name:Threshold)")).toBe(true);
    expect(uses("credential", "Sql Admin", "$c = Get-AutomationPSCredential -Name 'Sql Admin'")).toBe(true);
    expect(uses("connection", "Prod", "Get-AutomationConnection Prod | Out-Null")).toBe(true);
    expect(uses("certificate", "Signing", "Get-AutomationCertificate -Name Signing;")).toBe(true);
  });

  it("does not match other names, other cmdlets or values", () => {
    expect(uses("variable", "Threshold", "Get-AutomationVariable -Name 'ThresholdOld'")).toBe(false);
    expect(uses("variable", "Threshold", "Get-AutomationVariable -Name 'Old.Threshold'")).toBe(false);
    expect(uses("variable", "Threshold", "Set-AutomationVariable -Name Other -Value Threshold")).toBe(false);
    expect(uses("credential", "Threshold", "Get-AutomationVariable -Name Threshold")).toBe(false);
    expect(uses("variable", "a.b", "Get-AutomationVariable -Name 'aXb'")).toBe(false);
    expect(assetReferencePattern("connectionType", "T")).toBeNull();
  });
});
