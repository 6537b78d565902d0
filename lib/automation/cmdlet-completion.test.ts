import { describe, expect, it } from "vitest";
import { assetNameInsertText, completionContextAt } from "./cmdlet-completion";

describe("completionContextAt", () => {
  it("offers asset names after each cmdlet's -Name, named or positional, any case", () => {
    expect(completionContextAt("$v = Get-AutomationVariable -Name ")).toEqual({ kind: "asset", asset: "variable", quote: null });
    expect(completionContextAt("$c = get-automationpscredential -name 'Adm")).toEqual({ kind: "asset", asset: "credential", quote: "'" });
    expect(completionContextAt("Get-AutomationConnection ")).toEqual({ kind: "asset", asset: "connection", quote: null });
    expect(completionContextAt('Get-AutomationCertificate -Name "')).toEqual({ kind: "asset", asset: "certificate", quote: '"' });
    expect(completionContextAt("Set-AutomationVariable -Name:")).toEqual({ kind: "asset", asset: "variable", quote: null });
  });
  it("offers cmdlet names while a command word is typed, and nothing inside other arguments", () => {
    expect(completionContextAt("$x = Get-Auto")).toEqual({ kind: "cmdlet" });
    expect(completionContextAt("Start")).toEqual({ kind: "cmdlet" });
    expect(completionContextAt("Get-AutomationVariable -Name 'a' ")).toBeNull();
    expect(completionContextAt("Write-Output 'hel")).toBeNull();
    expect(completionContextAt("$count + 1")).toBeNull();
  });
});

describe("assetNameInsertText", () => {
  it("quotes names, doubling single quotes, unless a quote is already open", () => {
    expect(assetNameInsertText("Sql Admin", null)).toBe("'Sql Admin'");
    expect(assetNameInsertText("O'Brien", null)).toBe("'O''Brien'");
    expect(assetNameInsertText("Sql Admin", "'")).toBe("Sql Admin");
  });
});
