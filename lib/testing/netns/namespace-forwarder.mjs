// Runs inside a network namespace (forward-into-namespace.ts starts it): listens on 127.0.0.1:<port>
// of the namespace and pipes each connection to a Unix socket, which the test process, in the root
// namespace, connects on to the real service. Prints "listening" once it accepts connections and
// exits when its stdin ends, so it never outlives the test process that started it.
import net from "node:net";
import { joinSockets } from "./join-sockets.mjs";

const [socketPath, port] = process.argv.slice(2);
const server = net.createServer((client) => joinSockets(client, net.connect(socketPath)));
server.on("error", (err) => {
  console.error(`forwarder: ${err.message}`);
  process.exit(1);
});
server.listen(Number(port), "127.0.0.1", () => console.log("listening"));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
