"use client";

import { useActionState, useState, useTransition } from "react";
import { FollowButton } from "@/components/reader/follow-button";
import { CopyButton } from "@/components/ui/copy-button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ActionTextField, FormMessage } from "@/components/ui/text-field";
import { renameWorkspace } from "@/server/actions/rename-workspace";
import { setMemberRole } from "@/server/actions/set-member-role";
import { createInviteLink } from "@/server/actions/create-invite-link";
import { removeMember } from "@/server/actions/remove-member";
import { revokeInviteLink } from "@/server/actions/revoke-invite-link";
import type { WorkspaceWithMembers } from "@/lib/library/types";

/** A live invite link as the owner sees it in the list. */
export interface InviteLink {
  token: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
}

const day = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric" });

/**
 * One workspace: follow it, members, invite links (owner: create, list with who made each and
 * until when, revoke), remove (owner) or leave (member).
 */
export function WorkspaceCard({
  workspace,
  userId,
  invites,
  following,
}: {
  workspace: WorkspaceWithMembers;
  userId: string;
  invites: InviteLink[];
  /** Whether the user follows the workspace (its shared notes' news in For you). */
  following: boolean;
}) {
  const [invite, setInvite] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const role = workspace.members.find((member) => member.userId === userId)?.role;
  const run = (work: () => Promise<{ ok: boolean; message?: string } | null>) =>
    startTransition(async () => {
      const result = await work().catch(() => null);
      setMessage(result?.ok ? null : (result?.message ?? "That did not work. Try again."));
    });
  return (
    <li className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="font-semibold">{workspace.name}</h2>
        <span className="text-xs text-stone-600 dark:text-stone-400">
          {role === "owner" ? "Owner" : "Member"}
        </span>
      </div>
      <FollowButton target="workspace" id={workspace.id} following={following} subject={workspace.name} />
      <p className="flex flex-wrap gap-x-3 text-sm">
        <span className="text-stone-600 dark:text-stone-400">Export its notes:</span>
        <a href={`/api/v1/workspaces/${workspace.id}/export?format=csv`} download className="underline">
          CSV
        </a>
        <a href={`/api/v1/workspaces/${workspace.id}/export?format=jsonld`} download className="underline">
          W3C JSON-LD
        </a>
      </p>
      <ul aria-label={`Members of ${workspace.name}`} className="space-y-1 text-sm">
        {workspace.members.map((member) => (
          <li key={member.userId} className="flex items-center justify-between gap-2">
            <span>
              {member.user.name}{" "}
              <span className="text-stone-600 dark:text-stone-400">({member.user.email})</span>
              {member.role === "owner" && <span className="ml-1 text-xs">· owner</span>}
            </span>
            {role === "owner" && (
              <span className="flex gap-3">
                <button
                  type="button"
                  disabled={pending || !hydrated}
                  onClick={() =>
                    run(() =>
                      setMemberRole({
                        workspaceId: workspace.id,
                        userId: member.userId,
                        role: member.role === "owner" ? "member" : "owner",
                      }),
                    )
                  }
                  className="text-xs underline"
                >
                  {member.role === "owner"
                    ? `Make ${member.user.name} a member`
                    : `Make ${member.user.name} an owner`}
                </button>
                {member.userId !== userId && (
                  <button
                    type="button"
                    disabled={pending || !hydrated}
                    onClick={() =>
                      run(() => removeMember({ workspaceId: workspace.id, userId: member.userId }))
                    }
                    className="text-xs text-red-700 underline dark:text-red-400"
                  >
                    Remove {member.user.name}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {role === "owner" ? (
          <button
            type="button"
            disabled={pending || !hydrated}
            onClick={() =>
              run(async () => {
                const result = await createInviteLink({ workspaceId: workspace.id });
                if (result?.ok) setInvite(new URL(result.data.path, window.location.origin).toString());
                return result;
              })
            }
            className="rounded-md border border-stone-300 px-3 py-1 dark:border-stone-700"
          >
            Create invite link
          </button>
        ) : (
          <button
            type="button"
            disabled={pending || !hydrated}
            onClick={() => run(() => removeMember({ workspaceId: workspace.id, userId }))}
            className="rounded-md border border-stone-300 px-3 py-1 dark:border-stone-700"
          >
            Leave workspace
          </button>
        )}
      </div>
      {role === "owner" && invites.length > 0 && (
        <div className="text-sm">
          <h3 className="font-medium">Invite links that work</h3>
          <ul aria-label={`Invite links of ${workspace.name}`} className="mt-1 space-y-1">
            {invites.map((link) => (
              <li key={link.token} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-mono text-xs">…{link.token.slice(-6)}</span> by {link.createdBy},{" "}
                  {day.format(new Date(link.createdAt))} · expires {day.format(new Date(link.expiresAt))}
                </span>
                <button
                  type="button"
                  disabled={pending || !hydrated}
                  onClick={() =>
                    run(async () => {
                      const result = await revokeInviteLink({ workspaceId: workspace.id, token: link.token });
                      if (result?.ok && invite?.endsWith(link.token)) setInvite(null);
                      return result;
                    })
                  }
                  className="text-xs text-red-700 underline dark:text-red-400"
                >
                  Revoke link …{link.token.slice(-6)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {invite && (
        <p className="text-sm">
          <label className="block font-medium" htmlFor={`invite-${workspace.id}`}>
            Invite link (valid 7 days)
          </label>
          <input
            id={`invite-${workspace.id}`}
            readOnly
            value={invite}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 w-full rounded-md border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs dark:border-stone-700 dark:bg-stone-950"
          />
          <span className="mt-1 flex items-center gap-2 text-xs">
            <CopyButton label="Copy invite link" copiedMessage="Invite link copied" text={invite} />
          </span>
        </p>
      )}
      {role === "owner" && <RenameWorkspace workspaceId={workspace.id} name={workspace.name} />}
      <p aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {message}
      </p>
    </li>
  );
}

/** An owner renames the workspace (the name's errors beside the field). */
function RenameWorkspace({ workspaceId, name }: { workspaceId: string; name: string }) {
  const [state, action, pending] = useActionState(renameWorkspace, null);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-stone-600 dark:text-stone-400">Rename workspace</summary>
      <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
        <input type="hidden" name="workspaceId" value={workspaceId} />
        <ActionTextField
          state={state}
          name="name"
          idPrefix={`rename-${workspaceId}`}
          label="New name"
          initial={name}
          required
          maxLength={100}
          className="min-w-48 flex-1"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-stone-300 px-3 py-1.5 dark:border-stone-700"
        >
          {pending ? "Renaming…" : "Rename"}
        </button>
      </form>
      <FormMessage state={state} />
    </details>
  );
}
