import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { applyForwardedView, resolveForwarded } from "./forwarded-request";

const proxied: IncomingHttpHeaders = {
  host: "baton.internal:3000",
  "x-forwarded-for": "6.6.6.6, 203.0.113.9",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "baton.example.com",
  "x-real-ip": "6.6.6.6",
};
const peer = { remoteAddress: "::ffff:10.0.0.2", encrypted: false };

describe("resolveForwarded", () => {
  it("believes only the socket when no proxy is trusted", () => {
    expect(resolveForwarded(proxied, peer, 0)).toEqual({ clientAddress: "10.0.0.2", proto: "http", host: null });
    expect(resolveForwarded({}, { remoteAddress: "::1", encrypted: true }, 0)).toEqual({ clientAddress: "::1", proto: "https", host: null });
  });

  it("takes the entries the trusted proxy added, not what the client claimed", () => {
    expect(resolveForwarded(proxied, peer, 1)).toEqual({ clientAddress: "203.0.113.9", proto: "https", host: "baton.example.com" });
  });

  it("counts hops from the right when several proxies are trusted", () => {
    const twoHops = { ...proxied, "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.5" };
    expect(resolveForwarded(twoHops, peer, 2).clientAddress).toBe("203.0.113.9");
    expect(resolveForwarded({ "x-forwarded-for": "203.0.113.9" }, peer, 3).clientAddress).toBe("203.0.113.9");
  });

  it("falls back to the socket when the trusted proxy sent nothing usable", () => {
    expect(resolveForwarded({ "x-forwarded-proto": "gopher" }, peer, 1)).toEqual({ clientAddress: "10.0.0.2", proto: "http", host: null });
  });
});

describe("applyForwardedView", () => {
  it("replaces every forwarding header with the decided values", () => {
    const headers: IncomingHttpHeaders = { ...proxied, forwarded: "for=6.6.6.6", "x-forwarded-port": "1" };
    applyForwardedView(headers, { clientAddress: "10.0.0.2", proto: "http", host: null });
    expect(headers).toEqual({ host: "baton.internal:3000", "x-forwarded-for": "10.0.0.2", "x-forwarded-proto": "http" });
  });
});
