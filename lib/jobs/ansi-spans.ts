import Anser from "anser";

/** A run of text in one style, from the VT sequences a record keeps in `data.ansi`. */
export interface AnsiSpan {
  text: string;
  /** CSS colours, e.g. "rgb(187, 0, 0)". */
  color?: string;
  background?: string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
}

// OSC sequences ($PSStyle.FormatHyperlink's links, window titles) carry no colour; anser would print them.
const osc = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

const rgb = (value: string | null | undefined) => (value ? `rgb(${value})` : undefined);

/**
 * Splits text with SGR sequences into styled spans, the colours being xterm's palette (anser). The
 * spans' text is the record's plain `text`: cursor and mode sequences are dropped, as PlainText drops them.
 */
export function ansiSpans(ansi: string): AnsiSpan[] {
  return Anser.ansiToJson(ansi.replace(osc, ""), { json: true, remove_empty: true }).map((entry) => {
    const decorations = new Set(entry.decorations);
    const [fg, bg] = decorations.has("reverse") ? [entry.bg, entry.fg] : [entry.fg, entry.bg];
    const span: AnsiSpan = { text: entry.content };
    if (rgb(fg)) span.color = rgb(fg);
    if (rgb(bg)) span.background = rgb(bg);
    for (const d of ["bold", "dim", "italic", "underline", "strikethrough"] as const) if (decorations.has(d)) span[d] = true;
    return span;
  });
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The spans as HTML with inline styles (the log download's HTML form); all text is escaped. */
export function ansiToHtml(ansi: string): string {
  return ansiSpans(ansi)
    .map((s) => {
      const style = [
        s.color && `color:${s.color}`,
        s.background && `background-color:${s.background}`,
        s.bold && "font-weight:bold",
        s.dim && "opacity:0.7",
        s.italic && "font-style:italic",
        s.underline && "text-decoration:underline",
        s.strikethrough && "text-decoration:line-through",
      ].filter(Boolean);
      return style.length ? `<span style="${style.join(";")}">${escapeHtml(s.text)}</span>` : escapeHtml(s.text);
    })
    .join("");
}

export { escapeHtml };
