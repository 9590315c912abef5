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

const FORMS = "10-K, 20-F, 40-F and 10-Q";

/**
 * Watch a company, or stop, for oneself and for each workspace one is in (every member is
 * told): its new 10-K, 20-F, 40-F and 10-Q filings come into the library and into "For you".
 * `checkEvery` is the server's poll in seconds (null: off).
 */
export function WatchCompany(props: {
  cik: string;
  company: string;
  watching: boolean;
  workspaces: Array<{ id: string; name: string; watching: boolean }>;
  checkEvery: number | null;
}) {
  const about = `watch-${props.cik}-about`;
  const watchers = [
    ...(props.watching ? ["you"] : []),
    ...props.workspaces.filter((workspace) => workspace.watching).map((workspace) => workspace.name),
  ];
  return (
    <div className="space-y-2 text-sm">
      <p id={about} role="status" className="text-stone-600 dark:text-stone-400">
        {watchers.length > 0
          ? `Watched by ${watchers.join(" and ")}: ${props.company}'s new ${FORMS} filings come into the library and into For you`
          : `Watch to get ${props.company}'s new ${FORMS} filings in the library and in For you`}
        {props.checkEvery === null
          ? " (this server's checks are off: MARGINALIA_EDGAR_POLL)."
          : ` (EDGAR is checked ${every(props.checkEvery)}).`}
      </p>
      <div className="flex flex-wrap items-start gap-2">
        <WatchButton cik={props.cik} watching={props.watching} about={about} label="Watch company" />
        {props.workspaces.map((workspace) => (
          <WatchButton
            key={workspace.id}
            cik={props.cik}
            workspaceId={workspace.id}
            watching={workspace.watching}
            about={about}
            label={`Watch for ${workspace.name}`}
          />
        ))}
      </div>
    </div>
  );
}

/** One watch's button (the user's own, or a workspace's), with its own pending state and error. */
function WatchButton(props: {
  cik: string;
  workspaceId?: string;
  watching: boolean;
  about: string;
  label: string;
}) {
  const [state, action, pending] = useActionState(watchCompany, null);
  const { watching } = props;
  const stop = props.workspaceId ? props.label.replace(/^Watch for/, "Stop watching for") : "Stop watching";
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="cik" value={props.cik} />
      <input type="hidden" name="watch" value={watching ? "off" : "on"} />
      <input type="hidden" name="workspaceId" value={props.workspaceId ?? ""} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby={props.about}
        className={
          watching
            ? "rounded-md border border-stone-300 px-3 py-1.5 font-medium disabled:opacity-60 dark:border-stone-700"
            : props.workspaceId
              ? "rounded-md border border-stone-900 px-3 py-1.5 font-medium disabled:opacity-60 dark:border-stone-100"
              : "rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
        }
      >
        {pending ? "Saving…" : watching ? stop : props.label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
