/**
 * A script's text as PowerShell reads it: pwsh ignores one leading UTF-8 byte-order mark (U+FEFF,
 * common from Windows editors), so Baton drops it too wherever a script arrives or is parsed. A
 * second one is part of the script, as it is for pwsh.
 */
export function scriptText(text: string): string {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}
