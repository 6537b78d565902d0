import zlib from "node:zlib";
import { Inflate } from "fflate";
import { AppError } from "@/lib/errors";
import { checkEntryPath } from "./check-entry-path";
import { maxModuleArchiveEntries, maxModuleUnpackedBytes } from "./module-limits";

/** One regular file of an archive: its checked, normalized path ("Folder/File.ps1") and content. */
export interface ZipFileEntry {
  path: string;
  data: Uint8Array;
}

export interface ReadZipOptions {
  maxUnpackedBytes?: number;
  maxEntries?: number;
}

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const unixFileType = 0o170000;
const unixSymlink = 0o120000;
const unixRegularOrNone = new Set([0, 0o100000]);
/** Pushed to the inflater at a time, so the size cap is checked at least every ~16 MiB of output. */
const inflateChunkBytes = 16 * 1024;

/**
 * Reads a .zip from its central directory (the listing unzip tools trust), checking every entry before
 * a byte of it is inflated: its name (no absolute paths, `..`, backslashes, drive letters), its type
 * (regular files and folders only, no symlinks), encryption and compression method. Inflation counts
 * the bytes it actually produces and stops past the cap, so headers that understate sizes do not
 * matter; each file's size and CRC-32 must then match its header. Errors name the offending entry.
 */
export function readZipEntries(archive: Uint8Array, options: ReadZipOptions = {}): ZipFileEntry[] {
  const maxUnpacked = options.maxUnpackedBytes ?? maxModuleUnpackedBytes;
  const maxEntries = options.maxEntries ?? maxModuleArchiveEntries;
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const u16 = (at: number) => (at + 2 <= archive.length ? view.getUint16(at, true) : corrupt());
  const u32 = (at: number) => (at + 4 <= archive.length ? view.getUint32(at, true) : corrupt());

  const eocd = findEndOfCentralDirectory(archive, view);
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw invalid("ZIP64 archives are not supported; a module archive must be smaller than 4 GiB");
  if (count > maxEntries) throw invalid(`The archive has ${count} entries; at most ${maxEntries} are allowed`);

  const files: ZipFileEntry[] = [];
  const seen = new Set<string>();
  let unpacked = 0;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== centralSignature) corrupt();
    const madeBy = u16(at + 4) >> 8;
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const compressedSize = u32(at + 20);
    const declaredSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const entryEnd = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const externalAttrs = u32(at + 38);
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > archive.length) corrupt();
    const rawName = archive.subarray(at + 46, at + 46 + nameLength);
    // Bit 11 says UTF-8; without it the name is CP437, of which only ASCII is worth accepting.
    const name = flags & 0x800 ? Buffer.from(rawName).toString("utf8") : Buffer.from(rawName).toString("latin1");
    at = entryEnd;

    const isDirectory = name.endsWith("/");
    const path = checkEntryPath(name);
    const unixMode = externalAttrs >>> 16;
    // 3 = Unix, 19 = macOS: only they carry a file type in the high bits of the attributes.
    if ((madeBy === 3 || madeBy === 19) && (unixMode & unixFileType) === unixSymlink) throw invalid(`Archive entry '${name}' is a symbolic link; module archives may hold only files and folders`);
    if ((madeBy === 3 || madeBy === 19) && !isDirectory && !unixRegularOrNone.has(unixMode & unixFileType)) throw invalid(`Archive entry '${name}' is not a regular file`);
    if (flags & 0x1) throw invalid(`Archive entry '${name}' is encrypted; upload an archive without a password`);
    if (isDirectory) continue;
    const key = path.toLowerCase();
    if (seen.has(key)) throw invalid(`Archive entry '${name}' appears more than once`);
    seen.add(key);
    if (method !== 0 && method !== 8) throw invalid(`Archive entry '${name}' uses compression method ${method}; only stored and deflate are supported`);
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff) throw invalid("ZIP64 archives are not supported; a module archive must be smaller than 4 GiB");

    if (u32(localOffset) !== localSignature) corrupt(name);
    const dataStart = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataStart + compressedSize > archive.length) corrupt(name);
    const compressed = archive.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? compressed : inflateCapped(compressed, maxUnpacked - unpacked, name, maxUnpacked);
    unpacked += data.length;
    if (unpacked > maxUnpacked) throw tooLarge(maxUnpacked);
    if (data.length !== declaredSize || zlib.crc32(data) !== crc) corrupt(name);
    files.push({ path, data });
  }
  return files;
}

function inflateCapped(compressed: Uint8Array, budget: number, name: string, maxUnpacked: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > budget) throw tooLarge(maxUnpacked);
    chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < compressed.length; offset += inflateChunkBytes) {
      const end = Math.min(offset + inflateChunkBytes, compressed.length);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    corrupt(name);
  }
  return Buffer.concat(chunks);
}

function findEndOfCentralDirectory(archive: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, archive.length - 22 - 0xffff);
  for (let at = archive.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === eocdSignature) return at;
  }
  throw invalid("The file is not a .zip archive");
}

function invalid(message: string): AppError {
  return new AppError("validation_failed", message, { field: "archive" });
}

function tooLarge(maxUnpacked: number): AppError {
  return new AppError("payload_too_large", `The archive unpacks to more than ${Math.round(maxUnpacked / 1024 / 1024)} MiB`, { field: "archive" });
}

function corrupt(name?: string): never {
  throw invalid(name ? `Archive entry '${name}' is corrupt (its data does not match its header)` : "The .zip archive is corrupt");
}
