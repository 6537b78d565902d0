/**
 * Splits a byte stream into lines without rescanning buffered data, so a single 10 MB line costs one
 * pass. Lines longer than `maxLineBytes` are reported through `onOverflow` and skipped.
 */
export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private overflowing = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLineBytes: number,
    private readonly onOverflow: (bytes: number) => void,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      this.append(chunk.subarray(start, nl));
      this.emit();
      start = nl + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
  }

  /** Emits a final line that had no newline (stream ended). */
  end(): void {
    if (this.pendingBytes > 0 || this.overflowing) this.emit();
  }

  private append(part: Buffer): void {
    if (part.length === 0) return;
    this.pendingBytes += part.length;
    if (this.pendingBytes > this.maxLineBytes) {
      this.overflowing = true;
      this.pending = [];
      return;
    }
    if (!this.overflowing) this.pending.push(part);
  }

  private emit(): void {
    if (this.overflowing) this.onOverflow(this.pendingBytes);
    else this.onLine(this.pending.length === 1 ? this.pending[0].toString("utf8") : Buffer.concat(this.pending).toString("utf8"));
    this.pending = [];
    this.pendingBytes = 0;
    this.overflowing = false;
  }
}
