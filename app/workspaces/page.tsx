import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { WorkspaceCard } from "@/components/workspaces/workspace-card";
import { currentUser } from "@/server/auth";
import { listFollowedWorkspaces } from "@/server/data/list-followed-workspaces";
import { listUserWorkspaces } from "@/server/data/list-user-workspaces";
import { listWorkspaceInvites } from "@/server/data/list-workspace-invites";

export const metadata: Metadata = { title: "Workspaces" };
export const dynamic = "force-dynamic";

/** The teams the user belongs to: share notes with one, invite colleagues, manage members. */
export default async function WorkspacesPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=%2Fworkspaces");
  const [workspaces, followed] = await Promise.all([
    listUserWorkspaces({ userId: user.id }),
    listFollowedWorkspaces({ userId: user.id }),
  ]);
  const now = new Date();
  // Owners see their workspaces' live invite links (who made them, until when), to revoke.
  const invites = new Map(
    await Promise.all(
      workspaces
        .filter((workspace) => workspace.members.some((m) => m.userId === user.id && m.role === "owner"))
        .map(async (workspace) => {
          const links = await listWorkspaceInvites({ workspaceId: workspace.id, now });
          return [
            workspace.id,
            links.map((link) => ({
              token: link.token,
              createdBy: link.createdBy.name,
              createdAt: link.createdAt.toISOString(),
              expiresAt: link.expiresAt.toISOString(),
            })),
          ] as const;
        }),
    ),
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold tracking-tight">Workspaces</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          Notes shared with a workspace are seen by its members; private notes only by you.
        </p>
      </div>
      <CreateWorkspaceForm />
      {workspaces.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600 dark:border-stone-700 dark:text-stone-400">
          You are not in a workspace yet. Create one and invite your colleagues.
        </p>
      ) : (
        <ul className="space-y-4">
          {workspaces.map((workspace) => (
            <WorkspaceCard
              key={workspace.id}
              workspace={workspace}
              userId={user.id}
              invites={invites.get(workspace.id) ?? []}
              following={followed.includes(workspace.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
