// Test client for netns.test.ts: one HTTPS GET of <url> trusting only <caFile> ("-" trusts the
// system's CAs), given up after <timeoutMs>. Prints {"ok":true,"status","body"} or
// {"ok":false,"code","message"} and exits 0 either way, so the test reads what happened.
import fs from "node:fs";
import https from "node:https";

const [url, caFile, timeoutMs] = process.argv.slice(2);
const ca = caFile === "-" ? undefined : fs.readFileSync(caFile);
const report = (result) => {
  console.log(JSON.stringify(result));
  process.exit(0);
};
const req = https.get(url, { ca, timeout: Number(timeoutMs) }, (res) => {
  let body = "";
  res.setEncoding("utf8");
  res.on("data", (chunk) => (body += chunk));
  res.on("end", () => report({ ok: true, status: res.statusCode, body }));
});
req.on("timeout", () => req.destroy(Object.assign(new Error(`no answer in ${timeoutMs} ms`), { code: "ETIMEDOUT" })));
req.on("error", (err) => report({ ok: false, code: err.code, message: err.message }));
