import "server-only";
import { checkWatchedCompanies, type WatchCheck } from "@/server/edgar/check-watched-companies";
import { env } from "@/server/env";
import { scheduleWatchCheck } from "./job-queue";

/**
 * Runs one check of the watched companies (the worker of the `edgar-watch` queue), having first
 * queued the next one MARGINALIA_EDGAR_POLL later: a check that dies still leaves the next
 * one waiting.
 */
export async function runWatchCheck(): Promise<WatchCheck> {
  if (env.MARGINALIA_EDGAR_POLL !== null)
    await scheduleWatchCheck({ afterSeconds: env.MARGINALIA_EDGAR_POLL });
  const check = await checkWatchedCompanies();
  for (const problem of check.problems) console.warn(`watched companies: ${problem}`);
  return check;
}
