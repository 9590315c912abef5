import { storableText } from "@/lib/text/storable-text";
import { z } from "zod";

/** What a token may do: read, or read and write (create, change, delete, import). */
const API_TOKEN_SCOPES = ["read", "read-write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** Every token starts so, which makes leaked tokens easy to spot (secret scanners, logs). */
export const API_TOKEN_PREFIX = "mrg_";

/** A new token's name and scope, from the account page. */
export const createApiTokenSchema = z.object({
  name: z
    .string()
    .overwrite(storableText)
    .trim()
    .min(1, "Name the token (what uses it).")
    .max(80, "Keep names under 80 characters."),
  scope: z.enum(API_TOKEN_SCOPES, { message: "Choose read or read-write." }),
});

/** Compiled once rather than on every request. */
const API_TOKEN_PATTERN = new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

/** Whether a token in the Authorization header looks like one of ours (before any lookup). */
export function looksLikeApiToken(value: string): boolean {
  return API_TOKEN_PATTERN.test(value);
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

/** Whether a scope allows a request with this method. */
export function scopeAllows(scope: ApiTokenScope, method: string): boolean {
  return scope === "read-write" || ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}
