import net from "node:net";
import type { AddressInfo } from "node:net";

export interface FaultyLink {
  /** The proxy's base URL: the target's scheme and host, the proxy's port. */
  url: string;
  /** Every chunk, in either direction, waits this long (a random time in the range) before it goes on; order is kept. */
  setDelay(range: { minMs: number; maxMs: number } | null): void;
  /**
   * The next `count` answers are lost: the request reaches the server, which answers it, but the
   * connection is cut as the answer's first bytes arrive, so the client never reads it. 0 disarms.
   */
  loseAnswers(count: number): void;
  /**
   * Every connection open now is cut as the server next sends on it: called by the server while it
   * handles a request, it loses that request's answer whichever connection carries it.
   */
  loseAnswersInFlight(): void;
  /** Answers cut so far. */
  readonly lostAnswers: number;
  close(): Promise<void>;
}

type Direction = "toServer" | "toClient";

/**
 * A plain TCP proxy in front of a server on 127.0.0.1, for tests of a client on a bad link. TLS
 * stays end to end (the client still checks the server's certificate), so the proxy sees only which
 * way bytes go and tells an answer from the handshake by the turns each connection took (TLS 1.3,
 * what Node negotiates with itself). An answer whose first bytes come together with the session
 * tickets, on a connection's first request, is not taken for one and goes through.
 */
export async function startFaultyLink(target: string): Promise<FaultyLink> {
  const { hostname, port, protocol } = new URL(target);
  let delay: { minMs: number; maxMs: number } | null = null;
  let armed = 0;
  let lost = 0;
  const sockets = new Set<net.Socket>();
  const connections = new Set<() => void>();

  // Half-open on both sides: each side's end is passed on in its turn, after the bytes before it.
  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    const upstream = net.connect({ host: hostname, port: Number(port), allowHalfOpen: true });
    sockets.add(client).add(upstream);
    // A turn is a run of bytes one way. The server's first turn is its part of the handshake; its
    // second starts with TLS 1.3's session tickets, sent before it read the request that came with
    // the client's Finished; whatever it sends after those is an answer.
    let serverTurns = 0;
    let chunksThisTurn = 0;
    let last: Direction | null = null;
    const queues: Record<Direction, { due: number; chunk: Buffer | null }[]> = { toServer: [], toClient: [] };
    const timers: Record<Direction, NodeJS.Timeout | undefined> = { toServer: undefined, toClient: undefined };
    let marked = false;
    const mark = () => {
      marked = true;
    };
    connections.add(mark);
    client.on("close", () => connections.delete(mark));
    const cut = () => {
      clearTimeout(timers.toServer);
      clearTimeout(timers.toClient);
      queues.toServer.length = 0;
      queues.toClient.length = 0;
      client.destroy();
      upstream.destroy();
    };
    // Sends what is due in order; a null chunk stands for the sender's end.
    const pump = (direction: Direction) => {
      const to = direction === "toServer" ? upstream : client;
      const queue = queues[direction];
      timers[direction] = undefined;
      while (queue.length > 0 && queue[0]!.due <= Date.now()) {
        const { chunk } = queue.shift()!;
        if (chunk) to.write(chunk);
        else to.end();
      }
      if (queue.length > 0) timers[direction] = setTimeout(() => pump(direction), queue[0]!.due - Date.now());
    };
    const forward = (direction: Direction, chunk: Buffer | null) => {
      if (chunk) {
        if (direction !== last) {
          last = direction;
          chunksThisTurn = 0;
          if (direction === "toClient") serverTurns++;
        }
        const answering = direction === "toClient" && (serverTurns > 2 || (serverTurns === 2 && chunksThisTurn > 0));
        chunksThisTurn++;
        if (direction === "toClient" && marked) {
          lost++;
          cut();
          return;
        }
        if (answering && armed > 0) {
          armed--;
          lost++;
          cut();
          return;
        }
      }
      const queue = queues[direction];
      const wait = delay ? delay.minMs + Math.random() * (delay.maxMs - delay.minMs) : 0;
      queue.push({ due: Math.max(Date.now() + wait, queue.at(-1)?.due ?? 0), chunk });
      if (!timers[direction]) pump(direction);
    };
    client.on("data", (chunk) => forward("toServer", chunk));
    upstream.on("data", (chunk) => forward("toClient", chunk));
    client.on("end", () => forward("toServer", null));
    upstream.on("end", () => forward("toClient", null));
    for (const socket of [client, upstream]) {
      // A reset on either side resets the other: what a client sees of a dropped link.
      socket.on("error", cut);
      socket.on("close", () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: ownPort } = server.address() as AddressInfo;
  return {
    url: `${protocol}//${hostname}:${ownPort}`,
    setDelay: (range) => {
      delay = range;
    },
    loseAnswers: (count) => {
      armed = count;
    },
    loseAnswersInFlight: () => {
      for (const mark of connections) mark();
    },
    get lostAnswers() {
      return lost;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
