"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/text-field";
import { watchCompany } from "@/server/actions/watch-company";

/** "every 30 minutes", "every 90 seconds", "every 2 hours". */
function every(seconds: number): string {
  const [amount, unit] =
    seconds % 3600 === 0
      ? [seconds / 3600, "hour"]
      : seconds % 60 === 0
        ? [seconds / 60, "minute"]
        : [seconds, "second"];
  return amount === 1 ? `every ${unit}` : `every ${amount} ${unit}s`;
}

/**
 * Watch a company, or stop: its new 10-K, 20-F, 40-F and 10-Q filings come into the library
 * and into the watcher's "For you". `checkEvery` is the server's poll in seconds (null: off).
 */
export function WatchCompany(props: {
  cik: string;
  company: string;
  watching: boolean;
  checkEvery: number | null;
}) {
  const [state, action, pending] = useActionState(watchCompany, null);
  const { watching } = props;
  const described = `watch-${props.cik}-about`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <input type="hidden" name="cik" value={props.cik} />
      <input type="hidden" name="watch" value={watching ? "off" : "on"} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby={described}
        className={
          watching
            ? "rounded-md border border-stone-300 px-3 py-1.5 font-medium disabled:opacity-60 dark:border-stone-700"
            : "rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
        }
      >
        {pending ? (watching ? "Stopping…" : "Watching…") : watching ? "Stop watching" : "Watch company"}
      </button>
      <p id={described} role="status" className="text-stone-600 dark:text-stone-400">
        {watching
          ? `You watch ${props.company}: its new 10-K, 20-F, 40-F and 10-Q filings come into the library and into For you`
          : `Watch to get ${props.company}'s new 10-K, 20-F, 40-F and 10-Q filings in the library and in For you`}
        {props.checkEvery === null
          ? " (this server's checks are off: MARGINALIA_EDGAR_POLL)."
          : ` (EDGAR is checked ${every(props.checkEvery)}).`}
      </p>
      <FormMessage state={state} />
    </form>
  );
}
