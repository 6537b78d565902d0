import crypto from "node:crypto";
import { keyIdOf, type MasterKey } from "@/lib/crypto/keyring";
import type { KeyRing } from "../key-ring-for-process";

function randomMasterKey(): MasterKey {
  const key = crypto.randomBytes(32);
  return { id: keyIdOf(key), key, source: "key file" };
}

export function testKeyRing(current = randomMasterKey(), previous: MasterKey[] = []): KeyRing {
  return { current, all: [current, ...previous] };
}
