import { runIp } from "./ip-command";

/** The namespaces `ip netns list` names, without their ids. */
export async function listNamespaces(): Promise<string[]> {
  return (await runIp(["netns", "list"]))
    .split("\n")
    .map((line) => line.split(" ")[0])
    .filter(Boolean);
}
