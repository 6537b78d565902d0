/**
 * A secret at least this long is also masked in its common encodings. Shorter values give encodings
 * of a few characters, which would mask ordinary text as often as they would catch a secret.
 */
export const minEncodedSecretLength = 8;

/** An encoded form shorter than this is not masked, for the same reason (a shifted Base64 tail of a short value). */
const minFormLength = 8;

const toUrlSafe = (base64: string) => base64.replace(/\+/g, "-").replace(/\//g, "_");

/**
 * The Base64 text of `bytes` wherever they sit in a larger encoded buffer. Base64 works on 3-byte
 * groups, so a secret inside `user:password` (HTTP Basic) or a JSON document encodes differently by
 * its offset mod 3: for each offset, the characters that depend on the secret's bytes alone (the
 * first bytes up to a group boundary and the bits that spill into the next group are left out), as
 * CI runners mask them. The whole value's own encoding, with its padding, is included as well.
 */
function base64Forms(bytes: Buffer): string[] {
  const forms = [bytes.toString("base64")];
  for (let skip = 0; skip < 3; skip++) {
    const tail = bytes.subarray(skip);
    if (tail.length === 0) continue;
    const encoded = tail.toString("base64").replace(/=+$/, "");
    // A trailing partial group's last character also holds bits of the byte after the secret.
    const determined = Math.floor(tail.length / 3) * 4 + [0, 1, 2][tail.length % 3]!;
    forms.push(encoded.slice(0, determined));
  }
  return forms.flatMap((f) => [f, f.replace(/=+$/, ""), toUrlSafe(f), toUrlSafe(f).replace(/=+$/, "")]);
}

/** Percent-encoding as encodeURIComponent, .NET's Uri.EscapeDataString (also ! ' ( ) *) and form encoding (+ for space), in upper- and lower-case hex. */
function urlForms(value: string): string[] {
  const component = encodeURIComponent(value);
  const dataString = component.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const forms = [component, dataString, dataString.replace(/%20/g, "+")];
  return [...forms, ...forms.map((f) => f.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()))];
}

/** The inside of a JSON string, as JSON.stringify and ConvertTo-Json write it, also with non-ASCII and HTML characters as \u escapes. */
function jsonForms(value: string): string[] {
  const plain = JSON.stringify(value).slice(1, -1);
  const unicode = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  return [plain, plain.replace(/[^\x00-\x7f]/g, unicode), plain.replace(/[<>&']/g, unicode)];
}

/** XML and HTML escaping (ConvertTo-Xml, Export-Clixml, web pages). */
function markupForms(value: string): string[] {
  const basic = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return [basic, basic.replace(/"/g, "&quot;").replace(/'/g, "&apos;"), basic.replace(/"/g, "&quot;").replace(/'/g, "&#39;")];
}

/**
 * The other ways a secret commonly reaches a job's output besides its exact text: Base64 (standard
 * and URL-safe, with and without padding, of its UTF-8 and UTF-16LE bytes, as PowerShell's
 * [Convert]::ToBase64String and -EncodedCommand use), percent-encoded, JSON-escaped, XML-escaped,
 * and upper- or lower-cased (.ToUpper(), .ToLower()). Empty for values shorter than
 * minEncodedSecretLength; forms equal to the value itself are left out.
 */
export function secretForms(value: string): string[] {
  if (value.length < minEncodedSecretLength) return [];
  const forms = [
    ...base64Forms(Buffer.from(value, "utf8")),
    ...base64Forms(Buffer.from(value, "utf16le")),
    ...urlForms(value),
    ...jsonForms(value),
    ...markupForms(value),
    value.toUpperCase(),
    value.toLowerCase(),
  ];
  return [...new Set(forms)].filter((f) => f !== value && f.length >= minFormLength);
}
