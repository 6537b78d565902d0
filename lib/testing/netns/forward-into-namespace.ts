import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { NamespaceHost } from "./create-host-pair";
import { joinSockets } from "./join-sockets.mjs";
import { waitForLine } from "./wait-for-line";

const forwarderScript = path.join(import.meta.dirname, "namespace-forwarder.mjs");

export interface NamespaceForward {
  /** Stops the forwarder in the namespace, drops open connections and removes the socket. */
  close(): Promise<void>;
}

/**
 * Makes a service of the root namespace on 127.0.0.1:<port> (PostgreSQL) answer on 127.0.0.1:<port>
 * inside `host`. A namespace has its own loopback, so the bridge is a Unix socket, which is a file and
 * so reachable from any network namespace: this process serves it and connects each connection to
 * the service; a forwarder inside the namespace listens on the port and connects to the socket.
 * Resolves once the forwarder listens.
 */
export async function forwardIntoNamespace(host: Pick<NamespaceHost, "spawn">, { port }: { port: number }): Promise<NamespaceForward> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-forward-"));
  const socketPath = path.join(dir, "forward.sock");
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  };
  const bridge = net.createServer((client) => {
    const service = net.connect(port, "127.0.0.1");
    track(client);
    track(service);
    joinSockets(client, service);
  });
  await new Promise<void>((resolve, reject) => {
    bridge.once("error", reject);
    bridge.listen(socketPath, resolve);
  });

  let stopped: Promise<void> | null = null;
  const stopBridge = () =>
    (stopped ??= (async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => bridge.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    })());

  const forwarder = host.spawn(process.execPath, [forwarderScript, socketPath, String(port)]);
  const forwarderExit = new Promise((resolve) => forwarder.once("exit", resolve));
  // A forwarder killed with its host (HostPair.destroy) takes the bridge with it.
  void forwarderExit.then(stopBridge);
  const close = async () => {
    forwarder.stdin.end();
    await forwarderExit;
    await stopBridge();
  };
  try {
    await waitForLine(forwarder, (line) => line === "listening");
  } catch (err) {
    await close();
    throw err;
  }
  return { close };
}
