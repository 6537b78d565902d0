import { afterEach, describe, expect, it, vi } from "vitest";
import { eventStreamResponse } from "./event-stream-response";
import { textDownloadResponse } from "./text-download-response";

afterEach(() => vi.restoreAllMocks());

describe("eventStreamResponse", () => {
  it("sends named events with ids and JSON data, and comments, then ends with the source", async () => {
    const res = eventStreamResponse(new Request("http://x/"), "test stream", async function* () {
      yield { event: "record", id: 7, data: [{ seq: 7 }] };
      yield { comment: "ping" };
      yield { event: "status", data: { status: "Completed" } };
    });
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(await res.text()).toBe('event: record\nid: 7\ndata: [{"seq":7}]\n\n: ping\n\nevent: status\ndata: {"status":"Completed"}\n\n');
  });

  it("aborts the source when the client goes away, and logs a source that fails", async () => {
    const client = new AbortController();
    let sourceSignal: AbortSignal | undefined;
    const res = eventStreamResponse(new Request("http://x/", { signal: client.signal }), "test stream", async function* (signal) {
      sourceSignal = signal;
      yield { comment: "open" };
      await new Promise((resolve) => signal.addEventListener("abort", resolve));
    });
    const reader = res.body!.getReader();
    await reader.read();
    client.abort();
    expect(sourceSignal?.aborted).toBe(true);

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = eventStreamResponse(new Request("http://x/"), "failing stream", async function* () {
      yield { comment: "open" };
      throw new Error("database went away");
    });
    expect(await failing.text()).toBe(": open\n\n");
    expect(logged).toHaveBeenCalledWith("[baton] failing stream failed:", expect.objectContaining({ message: "database went away" }));
  });
});

describe("textDownloadResponse", () => {
  it("streams the chunks as an attachment, and ends the source when the client cancels", async () => {
    const whole = textDownloadResponse((async function* () { yield "a\n"; yield "b\n"; })(), { fileName: "job-1.log", what: "test download" });
    expect(whole.headers.get("content-disposition")).toBe('attachment; filename="job-1.log"');
    expect(await whole.text()).toBe("a\nb\n");

    let finished = false;
    const endless = textDownloadResponse(
      (async function* () {
        try {
          for (;;) yield "line\n";
        } finally {
          finished = true;
        }
      })(),
      { fileName: "big.log", what: "test download" },
    );
    const reader = endless.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });

  it("fails the download rather than cutting it short when the source fails", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = textDownloadResponse((async function* () { yield "first\n"; throw new Error("disk gone"); })(), { fileName: "x.log", what: "test download" });
    await expect(res.text()).rejects.toThrow("disk gone");
    expect(logged).toHaveBeenCalledWith("[baton] test download failed:", expect.objectContaining({ message: "disk gone" }));
  });
});
