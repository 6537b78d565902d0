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

describe("encoded forms of a secret", () => {
  const secret = 'Pa$$ w/rd+"€x';
  const b64 = (text: string, encoding: BufferEncoding = "utf8") => Buffer.from(text, encoding).toString("base64");
  const urlSafe = (s: string) => s.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

  it("masks Base64 (standard and URL-safe, padded or not, of UTF-8 and UTF-16LE), percent-, JSON- and XML-encoded and case-changed forms", () => {
    const m = createSecretMasker([secret]);
    const forms = [
      b64(secret),
      b64(secret).replace(/=+$/, ""),
      urlSafe(b64(secret)),
      b64(secret, "utf16le"),
      urlSafe(b64(secret, "utf16le")),
      encodeURIComponent(secret),
      // HttpUtility.UrlEncode: '+' for a space, lower-case hex.
      encodeURIComponent(secret).replace(/%20/g, "+").replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
      JSON.stringify(secret).slice(1, -1),
      JSON.stringify(secret).slice(1, -1).replace("€", "\\u20ac"),
      "Pa$$ w/rd+&quot;€x",
      secret.toUpperCase(),
      secret.toLowerCase(),
    ];
    for (const form of forms) expect(m.mask(`[${form}]`), form).toBe(`[${maskText}]`);
  });

  it("masks the secret's part of a larger Base64 text, whatever its offset (HTTP Basic credentials)", () => {
    const m = createSecretMasker([secret]);
    for (const user of ["al:", "bob:", "carl:"]) {
      const encoded = b64(`${user}${secret}`);
      const masked = m.mask(`Authorization: Basic ${encoded}`);
      expect(masked).toContain(maskText);
      // Left visible: the user's part, and at most the group that straddles the end of the secret.
      const visible = masked.slice("Authorization: Basic ".length).replace(maskText, "");
      expect(visible.length).toBeLessThanOrEqual(Math.ceil((user.length + 2) / 3) * 4 + 4);
      expect(encoded.length - visible.length).toBeGreaterThan(Buffer.byteLength(secret) - 2);
    }
  });

  it("masks only the exact value of a short secret, and leaves unrelated Base64 and text alone", () => {
    const m = createSecretMasker(["abc12", secret]);
    expect(m.mask(`${b64("abc12")} ABC12 abc12`)).toBe(`${b64("abc12")} ABC12 ${maskText}`);
    const unrelated = `${b64("a different value entirely")} ${encodeURIComponent("a b/c")} ${"Pa"} w/rd`;
    expect(m.mask(unrelated)).toBe(unrelated);
  });
});
