import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { JoinButton } from "@/components/workspaces/join-button";
import { inviteTokenSchema, mayJoinWithInvite } from "@/lib/workspaces/schemas";
import { currentUser } from "@/server/auth";
import { getWorkspaceInvite } from "@/server/data/get-workspace-invite";
import { getWorkspaceRemoval } from "@/server/data/get-workspace-removal";

export const metadata: Metadata = { title: "Join a workspace" };
export const dynamic = "force-dynamic";

/** An invite link: sign in if needed, then confirm joining the workspace. */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/join/${token}`)}`);
  const invite = inviteTokenSchema.safeParse(token).success ? await getWorkspaceInvite({ token }) : null;
  const removedAt = invite
    ? await getWorkspaceRemoval({ workspaceId: invite.workspaceId, userId: user.id })
    : null;
  return (
    <div className="mx-auto max-w-md space-y-4 py-12 text-center">
      {mayJoinWithInvite(invite, removedAt, new Date()) ? (
        <>
          <h1 className="font-serif text-3xl font-semibold">Join {invite!.workspace.name}?</h1>
          <p className="text-stone-600 dark:text-stone-400">
            You will see the notes its members share with it.
          </p>
          <JoinButton token={token} name={invite!.workspace.name} />
        </>
      ) : (
        <>
          <h1 className="font-serif text-3xl font-semibold">This invite link no longer works</h1>
          <p className="text-stone-600 dark:text-stone-400">
            It has expired or was revoked. Ask the workspace&apos;s owner for a new one.
          </p>
          <Link href="/" className="underline">
            Back to the library
          </Link>
        </>
      )}
    </div>
  );
}
