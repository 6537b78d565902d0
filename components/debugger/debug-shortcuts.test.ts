import { describe, expect, it } from "vitest";
import { shortcutCommand } from "./debug-shortcuts";

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe("shortcutCommand", () => {
  it("maps VS Code's debugging keys", () => {
    expect(shortcutCommand(key("F5"))).toBe("continue");
    expect(shortcutCommand(key("F10"))).toBe("stepOver");
    expect(shortcutCommand(key("F11"))).toBe("stepInto");
    expect(shortcutCommand(key("F11", { shiftKey: true }))).toBe("stepOut");
    expect(shortcutCommand(key("F5", { shiftKey: true }))).toBe("stop");
  });

  it("leaves other keys and the browser's combinations alone", () => {
    expect(shortcutCommand(key("F10", { shiftKey: true }))).toBeNull();
    expect(shortcutCommand(key("F5", { ctrlKey: true }))).toBeNull();
    expect(shortcutCommand(key("F9"))).toBeNull();
    expect(shortcutCommand(key("a"))).toBeNull();
  });
});
