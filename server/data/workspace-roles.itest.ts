import { describe, expect, it } from "vitest";
import { addWorkspaceMember } from "./add-workspace-member";
import { createWorkspace } from "./create-workspace";
import { getViewer } from "./get-viewer";
import { renameWorkspace } from "./rename-workspace";
import { setWorkspaceMemberRole } from "./set-workspace-member-role";
import { createTestUser } from "../testing/fixtures";
import { db } from "../db";

describe("workspace roles and names", () => {
  it("makes a member an owner, and never leaves a workspace without one", async () => {
    const ann = await createTestUser("ann");
    const bob = await createTestUser("bob");
    const { id: workspaceId } = await createWorkspace({ name: "Roles desk", ownerId: ann });
    await addWorkspaceMember({ workspaceId, userId: bob });

    expect(await setWorkspaceMemberRole({ workspaceId, userId: ann, role: "member" })).toBe("last-owner");
    expect(await setWorkspaceMemberRole({ workspaceId, userId: bob, role: "owner" })).toBe("ok");
    expect((await getViewer({ userId: bob })).workspaces.get(workspaceId)).toBe("owner");
    expect(await setWorkspaceMemberRole({ workspaceId, userId: ann, role: "member" })).toBe("ok");
    expect((await getViewer({ userId: ann })).workspaces.get(workspaceId)).toBe("member");

    // Two owners demoting each other at once: one wins, one owner stays.
    await setWorkspaceMemberRole({ workspaceId, userId: ann, role: "owner" });
    const results = await Promise.all([
      setWorkspaceMemberRole({ workspaceId, userId: ann, role: "member" }),
      setWorkspaceMemberRole({ workspaceId, userId: bob, role: "member" }),
    ]);
    expect(results.sort()).toEqual(["last-owner", "ok"]);

    const stranger = await createTestUser("stranger");
    expect(await setWorkspaceMemberRole({ workspaceId, userId: stranger, role: "owner" })).toBe("not-member");
  });

  it("renames a workspace, and says when it no longer exists", async () => {
    const ann = await createTestUser("ann");
    const { id: workspaceId } = await createWorkspace({ name: "Old name", ownerId: ann });
    expect(await renameWorkspace({ workspaceId, name: "Telecoms desk" })).toBe(true);
    expect((await db().workspace.findUnique({ where: { id: workspaceId } }))?.name).toBe("Telecoms desk");
    expect(await renameWorkspace({ workspaceId: "00000000-0000-4000-8000-000000000000", name: "x" })).toBe(
      false,
    );
  });
});
