// Plain JavaScript so the forwarder, which runs under bare `node` inside a namespace, can share it
// with forward-into-namespace.ts.

/**
 * Pipes two sockets into each other; an error on either drops both.
 * @param {import("node:net").Socket} a
 * @param {import("node:net").Socket} b
 */
export function joinSockets(a, b) {
  const drop = () => {
    a.destroy();
    b.destroy();
  };
  a.on("error", drop);
  b.on("error", drop);
  a.pipe(b).pipe(a);
}
