import { describe, expect, it } from "vitest";
import { WakeFlag } from "./wake-flag";

describe("WakeFlag", () => {
  const never = new AbortController().signal;

  it("ends a sleep at a wake, and keeps one that came while nobody slept for the next sleep only", async () => {
    const flag = new WakeFlag();
    const sleeping = flag.sleep(60_000, never);
    flag.notify();
    expect(await sleeping).toBe(true);
    flag.notify();
    flag.notify();
    expect(await flag.sleep(60_000, never)).toBe(true);
    expect(await flag.sleep(1, never)).toBe(false);
  });

  it("answers false when the time is up or the signal aborts", async () => {
    const flag = new WakeFlag();
    expect(await flag.sleep(1, never)).toBe(false);
    const abort = new AbortController();
    const sleeping = flag.sleep(60_000, abort.signal);
    abort.abort();
    expect(await sleeping).toBe(false);
    expect(await flag.sleep(60_000, abort.signal)).toBe(false);
  });
});
