import "server-only";
import { env } from "../env";
import { AppError } from "../errors";
import type { ApiContext } from "./handler";

/**
 * Filings are public documents, readable without an account, unless the deployment requires
 * sign-in for reading (MARGINALIA_REQUIRE_SIGN_IN=on) — then the API does too.
 */
export function requireApiReader(context: ApiContext): void {
  if (env.MARGINALIA_REQUIRE_SIGN_IN === "on" && !context.caller)
    throw new AppError("unauthenticated", "This deployment requires a token or a signed-in session to read.");
}
