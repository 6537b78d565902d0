import { describe, expect, it } from "vitest";
import { ansiSpans, ansiToHtml } from "./ansi-spans";

describe("ansiSpans", () => {
  it("splits what pwsh writes ($PSStyle, Write-Host colours) into styled spans whose text is the plain text", () => {
    const ansi = "a \u001b[91m\u001b[44mred on blue\u001b[0m \u001b[32;1mbold green\u001b[0m \u001b[38;2;10;20;30mrgb\u001b[0m end";
    expect(ansiSpans(ansi)).toEqual([
      { text: "a " },
      { text: "red on blue", color: "rgb(255, 85, 85)", background: "rgb(0, 0, 187)" },
      { text: " " },
      { text: "bold green", color: "rgb(0, 187, 0)", bold: true },
      { text: " " },
      { text: "rgb", color: "rgb(10, 20, 30)" },
      { text: " end" },
    ]);
  });

  it("drops hyperlinks' and cursor sequences but keeps the link text", () => {
    const spans = ansiSpans("see \u001b]8;;https://example.org\u001b\\docs\u001b]8;;\u001b\\ \u001b[?25lnow");
    expect(spans.map((s) => s.text).join("")).toBe("see docs now");
  });

  it("renders HTML with inline styles and escapes the text", () => {
    expect(ansiToHtml("\u001b[31m<b>&\u001b[0m")).toBe('<span style="color:rgb(187, 0, 0)">&lt;b&gt;&amp;</span>');
  });
});
