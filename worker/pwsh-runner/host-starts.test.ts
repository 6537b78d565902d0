import { describe, expect, it } from "vitest";
import type { HostProcess } from "./host-process";
import { HostStarts } from "./host-starts";

/** A host whose readiness the test decides. */
function fakeHost(name: string) {
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  return { host: { name, ready } as unknown as HostProcess & { name: string }, markReady };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("host starts", () => {
  it("starts at most `limit` hosts until one is ready, then the next waiter's, in order", async () => {
    const spawned: string[] = [];
    const hosts = new Map<string, ReturnType<typeof fakeHost>>();
    const starts = new HostStarts(2);
    const spawn = (name: string) => () => {
      const fake = fakeHost(name);
      hosts.set(name, fake);
      spawned.push(name);
      return fake.host;
    };
    const taken = ["a", "b", "c", "d", "e"].map((name) => starts.start(spawn(name)));
    await settle();
    expect(spawned).toEqual(["a", "b"]);
    hosts.get("b")!.markReady();
    await settle();
    expect(spawned).toEqual(["a", "b", "c"]);
    hosts.get("a")!.markReady();
    hosts.get("c")!.markReady();
    await settle();
    expect(spawned).toEqual(["a", "b", "c", "d", "e"]);
    expect((await Promise.all(taken)).map((h) => (h as HostProcess & { name: string }).name)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("gives the pool's refill a slot only when no job waits, and says when a slot is free", async () => {
    let freed = 0;
    const starts = new HostStarts(1);
    starts.whenFree(() => freed++);
    const first = fakeHost("job");
    void starts.start(() => first.host);
    expect(starts.startIfIdle(() => fakeHost("pooled").host)).toBeNull();
    const second = fakeHost("waiting job");
    const waiting = starts.start(() => second.host);
    first.markReady();
    expect(await waiting).toBe(second.host);
    // The slot went to the waiting job, not back to the pool.
    expect(freed).toBe(0);
    second.markReady();
    await settle();
    expect(freed).toBe(1);
    expect(starts.startIfIdle(() => fakeHost("pooled").host)).not.toBeNull();
  });

  it("frees the slot of a spawn that throws", async () => {
    const starts = new HostStarts(1);
    await expect(
      starts.start(() => {
        throw new Error("spawn failed");
      }),
    ).rejects.toThrow("spawn failed");
    const next = fakeHost("next");
    expect(starts.startIfIdle(() => next.host)).toBe(next.host);
  });
});
