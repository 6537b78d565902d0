import { describe, expect, it } from "vitest";
import { createSecretMasker, maskText } from "./secret-masker";

describe("createSecretMasker", () => {
  it("masks every occurrence in text and inside structured data", () => {
    const m = createSecretMasker(["hunter22"]);
    m.add(["s3cr3t-token", "abc"]);
    expect(m.size).toBe(2);
    expect(m.mask("pw=hunter22; again hunter22, token s3cr3t-token; abc stays")).toBe(`pw=${maskText}; again ${maskText}, token ${maskText}; abc stays`);
    const record = { type: "output" as const, ts: new Date(0), text: "hunter22", data: { json: '{"p":"hunter22"}', list: ["x s3cr3t-token"], n: 5 } };
    expect(m.maskRecord(record)).toEqual({ ...record, text: maskText, data: { json: `{"p":"${maskText}"}`, list: [`x ${maskText}`], n: 5 } });
  });

  it("replaces the longest secret first and registers multi-line secrets line by line", () => {
    const m = createSecretMasker(["pass", "password123"]);
    expect(m.mask("password123")).toBe(maskText);
    m.add(["-----BEGIN KEY-----\nAAAABBBBCCCC\n-----END KEY-----"]);
    expect(m.mask("line: AAAABBBBCCCC")).toBe(`line: ${maskText}`);
  });

  it("masks a secret the console wrapped over two lines or a table cut short", () => {
    const m = createSecretMasker(["correct-horse-battery"]);
    expect(m.mask("     | failed with correct-hor\n     | se-battery staple")).toBe(`     | failed with ${maskText} staple`);
    expect(m.mask("Name  Password\n----  --------\nadmin correct-h…")).toBe(`Name  Password\n----  --------\nadmin ${maskText}`);
    expect(m.mask("cor… correct-horse correct-horse-battery")).toBe(`cor… correct-horse ${maskText}`);
  });

  it("treats regular-expression characters literally and leaves text alone with no secrets", () => {
    const m = createSecretMasker();
    expect(m.mask("a.b*c")).toBe("a.b*c");
    m.add(["a.b*c(d)"]);
    expect(m.mask("xa.b*c(d)y aXbbc(d)")).toBe(`x${maskText}y aXbbc(d)`);
  });
});
