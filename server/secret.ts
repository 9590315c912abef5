import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Env } from "./parse-env";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET, else one generated on first start
 * and kept inside the data folder (mode 600), so sessions survive restarts with no set-up and
 * the secret goes wherever the data goes (never into the folder around it).
 */
export function authSecret(env: Pick<Env, "BETTER_AUTH_SECRET" | "dataDir">): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.join(env.dataDir, "marginalia-auth-secret");
  // Earlier versions kept it beside the data folder: move it in, so signed-in sessions stay valid.
  const earlier = path.join(path.dirname(env.dataDir), "auth-secret");
  if (!fs.existsSync(file) && fs.existsSync(earlier)) {
    fs.mkdirSync(env.dataDir, { recursive: true });
    try {
      fs.renameSync(earlier, file);
    } catch {
      // Another process moved it first; read below.
    }
  }
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
