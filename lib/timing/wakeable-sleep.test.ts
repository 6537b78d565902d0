import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { wakeableSleep } from "./wakeable-sleep";

describe("wakeableSleep", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Starts a sleep and reports whether it has ended, on the fake clock. */
  function track(sleeping: Promise<void>) {
    const state = { ended: false };
    void sleeping.then(() => (state.ended = true));
    return state;
  }

  /** A sleep that nothing wakes ends after its whole time, not a moment before. */
  async function expectFullSleep(sleep: (ms: number) => Promise<void>) {
    const sleeping = track(sleep(60_000));
    await vi.advanceTimersByTimeAsync(59_999);
    expect(sleeping.ended).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(sleeping.ended).toBe(true);
  }

  it("ends a sleep when woken, and otherwise after its time", async () => {
    const { sleep, wake } = wakeableSleep();
    const first = track(sleep(60_000));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(first.ended).toBe(false);
    wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(first.ended).toBe(true);
    await expectFullSleep(sleep);
  });

  it("remembers a wake that arrives while nobody sleeps: the next sleep ends at once, the one after waits", async () => {
    const { sleep, wake } = wakeableSleep();
    wake();
    wake();
    const woken = track(sleep(60_000));
    await vi.advanceTimersByTimeAsync(0);
    expect(woken.ended).toBe(true);
    await expectFullSleep(sleep);

    // A wake after a sleep ran out is remembered too.
    wake();
    const afterTimeout = track(sleep(60_000));
    await vi.advanceTimersByTimeAsync(0);
    expect(afterTimeout.ended).toBe(true);
  });
});
