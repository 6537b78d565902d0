import { describe, expect, it } from "vitest";
import { getWorkerEnv } from "./env";

const token = "bwr_0123456789abcdefghijklmnopqrstuv";

describe("the worker's environment", () => {
  it("is a database worker by default", () => {
    const env = getWorkerEnv({});
    expect(env.BATON_WORKER_TOKEN).toBeUndefined();
    expect(env.DATABASE_URL).toBe("file:./data/baton.db");
  });

  it("is a remote worker with a registration token and an https BATON_URL", () => {
    const env = getWorkerEnv({ BATON_WORKER_TOKEN: token, BATON_URL: "https://baton.example.com", BATON_CA_FILE: "/etc/baton/ca.pem" });
    expect(env.BATON_WORKER_TOKEN).toBe(token);
    expect(env.BATON_CA_FILE).toBe("/etc/baton/ca.pem");
  });

  it("refuses a token together with DATABASE_URL, naming it", () => {
    expect(() => getWorkerEnv({ BATON_WORKER_TOKEN: token, BATON_URL: "https://baton.example.com", DATABASE_URL: "file:./data/baton.db" })).toThrow(
      /^Invalid environment variable DATABASE_URL: a remote worker/,
    );
  });

  it("refuses to send a token over plain http except to this machine", () => {
    expect(() => getWorkerEnv({ BATON_WORKER_TOKEN: token, BATON_URL: "http://baton.example.com" })).toThrow(/^Invalid environment variable BATON_URL: .*https/);
    expect(getWorkerEnv({ BATON_WORKER_TOKEN: token, BATON_URL: "http://127.0.0.1:3000" }).BATON_URL).toBe("http://127.0.0.1:3000");
  });

  it("refuses a token that is not a registration token", () => {
    expect(() => getWorkerEnv({ BATON_WORKER_TOKEN: "bat_someone-elses", BATON_URL: "https://baton.example.com" })).toThrow(/^Invalid environment variable BATON_WORKER_TOKEN: must be a worker registration token/);
  });
});
