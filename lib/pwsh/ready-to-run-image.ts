import fs from "node:fs";

/**
 * Whether a .NET assembly carries ReadyToRun native code: its CLI header's ManagedNativeHeader
 * directory is set (an IL-only assembly leaves it empty). Reads the PE headers as ECMA-335 II.25
 * lays them out; throws on a file that is not a .NET assembly.
 */
export function hasReadyToRunCode(file: string): boolean {
  const image = fs.readFileSync(file);
  const pe = image.readUInt32LE(0x3c);
  if (image.readUInt32LE(pe) !== 0x4550) throw new Error(`${file} is not a PE image`);
  const sections = image.readUInt16LE(pe + 6);
  const optionalHeader = pe + 24;
  const optionalSize = image.readUInt16LE(pe + 20);
  const pe32Plus = image.readUInt16LE(optionalHeader) === 0x20b;
  const cliDirectory = optionalHeader + (pe32Plus ? 112 : 96) + 14 * 8;
  const cliRva = image.readUInt32LE(cliDirectory);
  if (cliRva === 0) throw new Error(`${file} is not a .NET assembly`);
  for (let i = 0; i < sections; i++) {
    const section = optionalHeader + optionalSize + i * 40;
    const [virtualSize, virtualAddress, rawSize, rawPointer] = [8, 12, 16, 20].map((o) => image.readUInt32LE(section + o)) as [number, number, number, number];
    if (cliRva < virtualAddress || cliRva >= virtualAddress + Math.max(virtualSize, rawSize)) continue;
    const cliHeader = cliRva - virtualAddress + rawPointer;
    return image.readUInt32LE(cliHeader + 64) !== 0 && image.readUInt32LE(cliHeader + 68) !== 0;
  }
  throw new Error(`${file}: its CLI header lies in no section`);
}
