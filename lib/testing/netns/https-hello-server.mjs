// Test server for netns.test.ts: HTTPS on <address>:0 with the given certificate; prints
// "listening <port>" once it accepts connections and answers every request with "hello".
import fs from "node:fs";
import https from "node:https";

const [address, certFile, keyFile] = process.argv.slice(2);
const server = https.createServer({ cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) }, (_req, res) => res.end("hello"));
server.listen(0, address, () => console.log(`listening ${server.address().port}`));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
