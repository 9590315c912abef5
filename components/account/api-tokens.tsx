"use client";

import { useActionState, useState } from "react";
import { FormMessage, TextField } from "@/components/ui/text-field";
import { createApiToken } from "@/server/actions/create-api-token";
import { revokeApiToken } from "@/server/actions/revoke-api-token";

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Create a token (shown once, with a copy button) and see or revoke the existing ones. */
export function ApiTokens({ tokens }: { tokens: ApiTokenRow[] }) {
  const [state, action, pending] = useActionState(createApiToken, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-6">
      <form
        action={action}
        className="space-y-3 rounded-lg border border-stone-200 p-4 dark:border-stone-800"
      >
        <h2 className="font-semibold">New token</h2>
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            id="token-name"
            name="name"
            label="Name"
            maxLength={80}
            placeholder="e.g. Research notebook"
            errors={errors.name}
            defaultValue={state && !state.ok ? state.values?.name : undefined}
            className="min-w-48 flex-1"
          />
          <fieldset className="text-sm" aria-describedby={errors.scope ? "token-scope-error" : undefined}>
            <legend className="mb-1 font-medium">Scope</legend>
            <label className="mr-3 inline-flex items-center gap-1">
              <input type="radio" name="scope" value="read" defaultChecked /> Read
            </label>
            <label className="inline-flex items-center gap-1">
              <input type="radio" name="scope" value="read-write" /> Read and write
            </label>
            {errors.scope && (
              <p id="token-scope-error" className="text-red-700 dark:text-red-400">
                {errors.scope.join(" ")}
              </p>
            )}
          </fieldset>
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-stone-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
          >
            {pending ? "Creating…" : "Create token"}
          </button>
        </div>
        <FormMessage state={state} />
        <div aria-live="polite">
          {state?.ok && (
            <div className="space-y-2 rounded-md bg-emerald-50 p-3 text-sm dark:bg-emerald-950/40">
              <p className="font-medium">Copy your token now: it will not be shown again.</p>
              <div className="flex gap-2">
                <input
                  readOnly
                  aria-label="New token"
                  value={state.data.token}
                  className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-2 py-1 font-mono text-xs dark:border-stone-700 dark:bg-stone-950"
                  onFocus={(event) => event.currentTarget.select()}
                />
                <button
                  type="button"
                  className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-700"
                  onClick={() => {
                    void navigator.clipboard?.writeText(state.data.token).then(() => setCopied(true));
                  }}
                >
                  {copied ? "Copied" : "Copy"}
                </button>
              </div>
            </div>
          )}
        </div>
      </form>
      {tokens.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400">
          No tokens yet. Scripts and other tools use one to call the API as you.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 text-sm dark:divide-stone-800 dark:border-stone-800">
          {tokens.map((token) => (
            <TokenItem key={token.id} token={token} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TokenItem({ token }: { token: ApiTokenRow }) {
  const [state, action, pending] = useActionState(revokeApiToken, null);
  const date = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium" });
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3" data-testid="api-token">
      <span className="font-medium">{token.name}</span>
      <code className="text-xs text-stone-600 dark:text-stone-400">{token.prefix}…</code>
      <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs dark:bg-stone-800">{token.scope}</span>
      <span className="text-xs text-stone-600 dark:text-stone-400">
        created {date(token.createdAt)} ·{" "}
        {token.lastUsedAt ? `last used ${date(token.lastUsedAt)}` : "never used"}
      </span>
      {token.revokedAt ? (
        <span className="ml-auto text-xs font-medium text-red-700 dark:text-red-400">
          Revoked {date(token.revokedAt)}
        </span>
      ) : (
        <form action={action} className="ml-auto">
          <input type="hidden" name="id" value={token.id} />
          <button
            type="submit"
            disabled={pending}
            aria-label={`Revoke ${token.name}`}
            className="rounded-md border border-red-300 px-2 py-1 text-xs font-medium text-red-700 disabled:opacity-60 dark:border-red-800 dark:text-red-400"
          >
            Revoke
          </button>
        </form>
      )}
      {state && !state.ok && <p className="w-full text-xs text-red-700 dark:text-red-400">{state.message}</p>}
    </li>
  );
}
