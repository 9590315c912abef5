import "server-only";
import { env } from "@/server/env";

/** The configured EDGAR hosts (a mirror's), whose links are read like sec.gov's. */
export function configuredEdgarHosts(): string[] {
  return [env.MARGINALIA_EDGAR_WWW, env.MARGINALIA_EDGAR_DATA].map((base) => new URL(base).host);
}
