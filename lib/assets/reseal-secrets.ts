import { envelopeKeyId, open, seal } from "@/lib/crypto/secret-box";
import type { Db } from "@/lib/db";
import type { KeyRing } from "./key-ring-for-process";
import { sealedColumns } from "./sealed-columns";

export interface ResealCounts {
  column: string;
  examined: number;
  resealed: number;
  alreadyCurrent: number;
  /** Envelopes sealed by a key the ring does not hold: they stay as they are and need that key back. */
  unreadable: { id: string; keyId: string }[];
  /** Rows edited while the rotation ran; their new envelope was written under the current key already. */
  changedMeanwhile: number;
}

/**
 * Re-seals every secret envelope that is not under the ring's current key, in batches, so that the
 * previous keys can be retired. Idempotent: a second run finds everything current. Each envelope is
 * swapped only if unchanged since it was read, so a write by the running service is never lost.
 */
export async function resealSecrets(db: Db, ring: KeyRing, opts: { batchSize?: number; onBatch?: (c: ResealCounts) => void } = {}): Promise<ResealCounts[]> {
  const batchSize = opts.batchSize ?? 200;
  const report: ResealCounts[] = [];
  for (const column of sealedColumns) {
    const counts: ResealCounts = { column: column.label, examined: 0, resealed: 0, alreadyCurrent: 0, unreadable: [], changedMeanwhile: 0 };
    let afterId = "";
    for (;;) {
      const rows = await column.page(db, afterId, batchSize);
      for (const row of rows) {
        counts.examined++;
        const keyId = envelopeKeyId(row.envelope);
        if (keyId === ring.current.id) {
          counts.alreadyCurrent++;
          continue;
        }
        if (!ring.all.some((k) => k.id === keyId)) {
          counts.unreadable.push({ id: row.id, keyId });
          continue;
        }
        const next = seal(ring.current, open(ring.all, row.envelope, column.aad(row.id)), column.aad(row.id));
        if (await column.replace(db, row.id, row.envelope, next)) counts.resealed++;
        else counts.changedMeanwhile++;
      }
      opts.onBatch?.(counts);
      if (rows.length < batchSize) break;
      afterId = rows[rows.length - 1]!.id;
    }
    report.push(counts);
  }
  return report;
}
