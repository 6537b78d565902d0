import fs from "node:fs";
import path from "node:path";
import type { AppendRecord } from "@/lib/jobs/append-job-streams";

/** One batch read back from the spool: the records and the bytes they took in the file. */
export interface SpooledBatch {
  records: AppendRecord[];
  bytes: number;
}

/** Read back in slices of about this size (a single longer record is read whole). */
const readSliceBytes = 256 * 1024;

/**
 * A job attempt's stream records that could not stay in memory while the database was unreachable:
 * one append-only file of JSON lines (mode 0600, in a 0700 directory), read back in order from an
 * offset and deleted once everything in it is stored. A failed append is cut back off the file, so
 * the file only ever holds whole records.
 */
export class StreamSpool {
  #size = 0;
  #readOffset = 0;

  private constructor(
    readonly file: string,
    private readonly handle: fs.promises.FileHandle,
  ) {}

  static async open(dir: string, name: string): Promise<StreamSpool> {
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, name);
    return new StreamSpool(file, await fs.promises.open(file, "w+", 0o600));
  }

  /** Whether every record written has been read back. */
  get drained(): boolean {
    return this.#readOffset >= this.#size;
  }

  async append(records: readonly AppendRecord[]): Promise<void> {
    const text = records.map((r) => `${JSON.stringify({ ...r, ts: r.ts.toISOString() })}\n`).join("");
    const bytes = Buffer.from(text, "utf8");
    try {
      let written = 0;
      while (written < bytes.length) written += (await this.handle.write(bytes, written, bytes.length - written, this.#size + written)).bytesWritten;
    } catch (err) {
      await this.handle.truncate(this.#size).catch(() => undefined);
      throw err;
    }
    this.#size += bytes.length;
  }

  /** The next records after the read offset, without moving it. */
  async peek(): Promise<SpooledBatch> {
    let want = Math.min(readSliceBytes, this.#size - this.#readOffset);
    for (;;) {
      const buffer = Buffer.alloc(want);
      const { bytesRead } = await this.handle.read(buffer, 0, want, this.#readOffset);
      const end = bytesRead > 0 ? buffer.lastIndexOf(0x0a, bytesRead - 1) : -1;
      if (end >= 0) {
        const records = buffer
          .subarray(0, end + 1)
          .toString("utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => {
            const parsed = JSON.parse(line) as Omit<AppendRecord, "ts"> & { ts: string };
            return { ...parsed, ts: new Date(parsed.ts) };
          });
        return { records, bytes: end + 1 };
      }
      if (want >= this.#size - this.#readOffset) return { records: [], bytes: 0 };
      want = Math.min(want * 2, this.#size - this.#readOffset);
    }
  }

  /** Moves the read offset past a batch taken with peek(). */
  advance(bytes: number): void {
    this.#readOffset += bytes;
  }

  /** Closes and deletes the file. */
  async remove(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await fs.promises.rm(this.file, { force: true });
  }
}

/** Spool files left by a worker process that ended mid-outage: their attempts are over (the reaper resolves their jobs). */
export async function removeLeftoverSpools(dir: string): Promise<string[]> {
  const entries = await fs.promises.readdir(dir).catch(() => [] as string[]);
  const leftovers = entries.filter((e) => e.endsWith(".ndjson"));
  await Promise.all(leftovers.map((e) => fs.promises.rm(path.join(dir, e), { force: true })));
  return leftovers;
}
