import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Env } from "./parse-env";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET, else one generated on first start
 * and kept beside the data folder (mode 600), so sessions survive restarts with no set-up.
 */
export function authSecret(env: Pick<Env, "BETTER_AUTH_SECRET" | "dataDir">): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.join(path.dirname(env.dataDir), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
}
