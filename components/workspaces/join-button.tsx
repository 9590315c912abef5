"use client";

import { useState, useTransition } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { joinWorkspace } from "@/server/actions/join-workspace";

/** Accepts an invite (a button, so merely opening a link never joins anyone). */
export function JoinButton({ token, name }: { token: string; name: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending || !hydrated}
        onClick={() =>
          startTransition(async () => {
            const result = await joinWorkspace(token);
            if (result && !result.ok) setMessage(result.message);
          })
        }
        className="rounded-md bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
      >
        Join {name}
      </button>
      <p aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {message}
      </p>
    </div>
  );
}
