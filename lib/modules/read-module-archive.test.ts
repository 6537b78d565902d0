import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readModuleArchive } from "./read-module-archive";
import { greetingModuleFiles, greetingModuleZip, zipFiles } from "./testing/module-zips";

function refusal(archive: Uint8Array, options?: Parameters<typeof readModuleArchive>[1]): AppError {
  try {
    readModuleArchive(archive, options);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("the archive was accepted");
}

/** Sets the Unix mode of every central directory entry, as `zip --symlinks` would for a link. */
function withUnixMode(archive: Uint8Array, mode: number): Uint8Array {
  const copy = new Uint8Array(archive);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    view.setUint16(at + 4, (3 << 8) | 20, true);
    view.setUint32(at + 38, (mode << 16) >>> 0, true);
  }
  return copy;
}

describe("readModuleArchive", () => {
  it("reads a zip whose root is the module folder", () => {
    const content = readModuleArchive(greetingModuleZip("Greeter", "1.0.0"));
    expect(content.name).toBe("Greeter");
    expect(content.files.map((f) => f.path).sort()).toEqual(["Greeter.psd1", "Greeter.psm1"]);
  });

  it("reads a zip whose root holds the manifest, with sub-folders kept", () => {
    const content = readModuleArchive(zipFiles({ ...greetingModuleFiles("Flat", "2.1"), "Private/helper.ps1": "function x {}" }));
    expect(content.name).toBe("Flat");
    expect(content.files.map((f) => f.path).sort()).toEqual(["Flat.psd1", "Flat.psm1", "Private/helper.ps1"]);
  });

  it.each([
    ["../evil.ps1", "Archive entry '../evil.ps1' escapes the module folder"],
    ["Mod/../../evil.ps1", "Archive entry 'Mod/../../evil.ps1' escapes the module folder"],
    ["/etc/cron.d/evil", "Archive entry '/etc/cron.d/evil' has an absolute path"],
    ["C:/Windows/evil.ps1", "Archive entry 'C:/Windows/evil.ps1' starts with a drive letter"],
    ["..\\evil.ps1", "Archive entry '..\\evil.ps1' uses a backslash in its path; archive paths must use '/'"],
  ])("refuses the entry %s", (name, message) => {
    const error = refusal(zipFiles({ ...greetingModuleFiles("Mod", "1.0.0"), [name]: "Remove-Item -Recurse /" }));
    expect(error.code).toBe("validation_failed");
    expect(error.field).toBe("archive");
    expect(error.message).toBe(message);
  });

  it("refuses symbolic links", () => {
    const error = refusal(withUnixMode(greetingModuleZip("Mod", "1.0.0"), 0o120777));
    expect(error.message).toBe("Archive entry 'Mod/Mod.psd1' is a symbolic link; module archives may hold only files and folders");
  });

  it("accepts regular files with Unix permissions", () => {
    expect(readModuleArchive(withUnixMode(greetingModuleZip("Mod", "1.0.0"), 0o100644)).name).toBe("Mod");
  });

  it("refuses an archive that unpacks past the cap, whatever its headers claim", () => {
    // 8 MiB of zeros deflates to a few KiB: a small zip bomb against a 1 MiB cap.
    const bomb = zipSync({ "Bomb.psd1": strToU8("@{ ModuleVersion = '1.0' }"), "zeros.bin": new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const lying = new Uint8Array(bomb);
    const view = new DataView(lying.buffer);
    // Claim the zeros are 1 byte, in the local and the central headers.
    for (let at = 0; at + 4 <= lying.length; at++) {
      const sig = view.getUint32(at, true);
      if (sig === 0x04034b50 && view.getUint32(at + 22, true) === 8 * 1024 * 1024) view.setUint32(at + 22, 1, true);
      if (sig === 0x02014b50 && view.getUint32(at + 24, true) === 8 * 1024 * 1024) view.setUint32(at + 24, 1, true);
    }
    for (const archive of [bomb, lying]) {
      const error = refusal(archive, { maxUnpackedBytes: 1024 * 1024 });
      expect(error.code).toBe("payload_too_large");
      expect(error.message).toBe("The archive unpacks to more than 1 MiB");
    }
  });

  it("refuses a file whose content does not match its header", () => {
    const archive = zipSync({ "Mod.psd1": [strToU8("@{ ModuleVersion = '1.0' }"), { level: 0 }] });
    const tampered = new Uint8Array(archive);
    const at = Buffer.from(tampered).indexOf("'1.0'");
    tampered[at + 1] = 0x32; // '1.0' -> '2.0' in the stored data, CRC unchanged
    expect(refusal(tampered).message).toBe("Archive entry 'Mod.psd1' is corrupt (its data does not match its header)");
  });

  it("refuses an archive without a manifest", () => {
    expect(refusal(zipFiles({ "Mod/Mod.psm1": "function Get-X {}" })).message).toBe(
      "No module manifest (.psd1) found at the root of the archive or of its one top folder",
    );
  });

  it("refuses a file that is not a zip", () => {
    expect(refusal(strToU8("just some text, not an archive")).message).toBe("The file is not a .zip archive");
  });

  it("refuses duplicate entries and too many entries", () => {
    const many = zipFiles(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.ps1`, "x"])));
    expect(refusal(many, { maxEntries: 10 }).message).toBe("The archive has 20 entries; at most 10 are allowed");
    // Case-insensitive file systems would write both to one file.
    expect(refusal(zipFiles({ "Mod.psd1": "@{}", "mod.PSD1": "@{}" })).message).toBe("Archive entry 'mod.PSD1' appears more than once");
  });

  it("refuses a module name PowerShell or a file system could misread", () => {
    expect(refusal(zipFiles({ "-Bad.psd1": "@{}" })).message).toMatch(/^Module name '-Bad' \(from -Bad\.psd1\) must start with a letter or digit/);
  });
});
