/**
 * The access hardening of issue 14 on the real database, through the paths a browser takes:
 * invite links (listed, revoked, no rejoining through a link older than a removal), argument
 * validation of the actions, sign-up modes, the demo account, the auth secret's place, sign-in
 * waits instead of a lockout, and the app's rules on Better Auth's own endpoints.
 *
 * Only the session of the actions (`currentUser`), Next's request headers, cache and redirect
 * are stood in for; Better Auth itself is the real one (its handler, on this test's database).
 */
import { randomInt, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEMO_ACCOUNT } from "@/lib/auth/demo-account";
import { SIGN_IN_DELAYS, signInThrottleKeys } from "@/lib/auth/sign-in-throttle";
import { SIGNUP_BY_INVITE, SIGNUP_CLOSED } from "@/lib/auth/signup";
import { INVITE_LIFETIME_MS } from "@/lib/workspaces/schemas";
import { seedDemoAccount } from "@/prisma/seed/seed";
import { currentUser, getAuth, readerPageAccess, requireReaderAccess, sessionUserFor } from "@/server/auth";
import { createWorkspace as storeWorkspace } from "@/server/data/create-workspace";
import { getSignInThrottles } from "@/server/data/get-sign-in-throttles";
import { recordSignInFailure } from "@/server/data/record-sign-in-failure";
import { getViewer } from "@/server/data/get-viewer";
import { listFilingAnnotations } from "@/server/data/list-filing-annotations";
import { listWorkspaceInvites } from "@/server/data/list-workspace-invites";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { isLoopback, parseEnv } from "@/server/parse-env";
import { authSecret } from "@/server/secret";
import { redirectOf } from "@/server/testing/next-navigation";
import { createTeamSetting, createTestAnnotation } from "@/server/testing/fixtures";
import { addComment } from "./add-comment";
import { createInviteLink } from "./create-invite-link";
import { editAnnotation } from "./edit-annotation";
import { joinWorkspace } from "./join-workspace";
import { removeAnnotation } from "./remove-annotation";
import { removeMember } from "./remove-member";
import { resolveAnnotation } from "./resolve-annotation";
import { revokeInviteLink } from "./revoke-invite-link";
import { signIn } from "./sign-in";
import { signUp } from "./sign-up";

// The real Better Auth (getAuth), with the actions' session stood in for.
vi.mock("@/server/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/server/auth")>()),
  currentUser: vi.fn(),
}));
// A copy of the parsed environment each test may change (sign-up mode, demo account).
vi.mock("@/server/env", async (importOriginal) => ({
  env: { ...(await importOriginal<typeof import("@/server/env")>()).env },
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
/** The request headers the sign-in and sign-up actions see (a client address of the test's own). */
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
// Next's redirect ends an action by throwing; so does the stand-in, with where it went.
vi.mock("next/navigation", () => import("@/server/testing/next-navigation"));

const originalEnv = { ...env };
afterEach(() => {
  signInAs(null);
  Object.assign(env, originalEnv);
  request.headers = new Headers();
});

function signInAs(userId: string | null) {
  vi.mocked(currentUser).mockResolvedValue(
    userId ? ({ id: userId, name: "Tester", email: `${userId}@example.com` } as never) : null,
  );
}

/** The failure message of an action's answer (throws when it succeeded). */
function messageOf(answer: { ok: boolean; message?: string } | null): string {
  if (!answer || answer.ok) throw new Error(`expected a failure, got ${JSON.stringify(answer)}`);
  return answer.message ?? "";
}

/** A client address of this test's own, so per-address counters never meet another test's. */
const uniqueAddress = () => `10.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;

const uniqueEmail = (name: string) => `${name}-${randomUUID()}@example.com`;
const PASSWORD = "correct horse battery staple 42";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const isMember = async (workspaceId: string, userId: string) =>
  (await getViewer({ userId })).workspaces.has(workspaceId);
const tokenOf = (path: string) => path.replace(/^\/join\//, "");

describe("invite links (item 6)", () => {
  it("the owner creates a link, it is listed with its maker and expiry, revoking it stops it at once", async () => {
    const { workspace, author, colleague, outsider } = await createTeamSetting();
    signInAs(author);
    const before = Date.now();
    const created = await createInviteLink({ workspaceId: workspace.id });
    if (!created?.ok) throw new Error(`no invite: ${JSON.stringify(created)}`);
    expect(created.data.path).toMatch(/^\/join\/[A-Za-z0-9_-]{16,64}$/);
    const token = tokenOf(created.data.path);
    const expiresAt = new Date(created.data.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + INVITE_LIFETIME_MS);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + INVITE_LIFETIME_MS);

    const listed = await listWorkspaceInvites({ workspaceId: workspace.id, now: new Date() });
    expect(listed.map((invite) => invite.token)).toEqual([token]);
    expect(listed[0]!.createdBy.name).toBe("author");
    expect(listed[0]!.expiresAt.getTime()).toBe(expiresAt);

    // Only the owner invites or revokes.
    signInAs(colleague);
    expect(messageOf(await createInviteLink({ workspaceId: workspace.id }))).toBe(
      "Only the workspace's owner can invite.",
    );
    expect(messageOf(await revokeInviteLink({ workspaceId: workspace.id, token }))).toBe(
      "Only the workspace's owner can revoke its invite links.",
    );
    expect(await listWorkspaceInvites({ workspaceId: workspace.id, now: new Date() })).toHaveLength(1);

    signInAs(author);
    expect(await revokeInviteLink({ workspaceId: workspace.id, token })).toEqual({ ok: true });
    expect(await listWorkspaceInvites({ workspaceId: workspace.id, now: new Date() })).toEqual([]);
    expect((await revokeInviteLink({ workspaceId: workspace.id, token }))?.ok).toBe(false);

    signInAs(outsider);
    expect(messageOf(await joinWorkspace(token))).toBe(
      "This invite link has expired, was revoked, or does not exist.",
    );
    expect(await isMember(workspace.id, outsider)).toBe(false);
  });

  it("a link that was not revoked lets a newcomer in", async () => {
    const { workspace, author, outsider } = await createTeamSetting();
    signInAs(author);
    const created = await createInviteLink({ workspaceId: workspace.id });
    if (!created?.ok) throw new Error("no invite");
    signInAs(outsider);
    expect(await redirectOf(joinWorkspace(tokenOf(created.data.path)))).toBe("/workspaces");
    expect((await getViewer({ userId: outsider })).workspaces.get(workspace.id)).toBe("member");
  });

  it("a removed member cannot rejoin through a link made before the removal; a link made after works", async () => {
    const { workspace, author, colleague, outsider } = await createTeamSetting();
    signInAs(author);
    const older = await createInviteLink({ workspaceId: workspace.id });
    if (!older?.ok) throw new Error("no invite");
    expect(await removeMember({ workspaceId: workspace.id, userId: colleague })).toEqual({ ok: true });
    expect(await isMember(workspace.id, colleague)).toBe(false);

    signInAs(colleague);
    expect(messageOf(await joinWorkspace(tokenOf(older.data.path)))).toBe(
      "This invite link has expired, was revoked, or does not exist.",
    );
    expect(await isMember(workspace.id, colleague)).toBe(false);
    // The link itself still works for anyone else.
    signInAs(outsider);
    expect(await redirectOf(joinWorkspace(tokenOf(older.data.path)))).toBe("/workspaces");

    // A link is "after" a removal when made strictly later; on a fast machine both can fall in
    // one millisecond, so the removal is moved a second back (the rule, not the clock, is tested).
    await db().workspaceRemoval.update({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: colleague } },
      data: { removedAt: new Date(Date.now() - 1000) },
    });
    signInAs(author);
    const newer = await createInviteLink({ workspaceId: workspace.id });
    if (!newer?.ok) throw new Error("no invite");
    signInAs(colleague);
    expect(await redirectOf(joinWorkspace(tokenOf(newer.data.path)))).toBe("/workspaces");
    expect((await getViewer({ userId: colleague })).workspaces.get(workspace.id)).toBe("member");
  });

  it("a member who left cannot come back through an older link either", async () => {
    const { workspace, author, colleague } = await createTeamSetting();
    signInAs(author);
    const older = await createInviteLink({ workspaceId: workspace.id });
    if (!older?.ok) throw new Error("no invite");
    signInAs(colleague);
    expect(await removeMember({ workspaceId: workspace.id, userId: colleague })).toEqual({ ok: true });
    expect((await joinWorkspace(tokenOf(older.data.path)))?.ok).toBe(false);
    expect(await isMember(workspace.id, colleague)).toBe(false);
  });
});

describe("the actions validate their arguments (items 12 and 13)", () => {
  const membersOf = async (workspaceId: string) =>
    (await db().workspaceMember.findMany({ where: { workspaceId }, select: { userId: true } }))
      .map((member) => member.userId)
      .sort();

  it("removeMember with a filter for a userId is refused and every membership stays, the owner's included", async () => {
    const { workspace, author, colleague } = await createTeamSetting();
    const other = await storeWorkspace({ name: `Other ${randomUUID().slice(0, 6)}`, ownerId: author });
    const before = {
      workspace: await membersOf(workspace.id),
      other: await membersOf(other.id),
      all: await db().workspaceMember.count(),
    };
    expect(before.workspace).toEqual([author, colleague].sort());

    signInAs(author);
    const filters = [
      { workspaceId: workspace.id, userId: { not: "nobody" } },
      { workspaceId: workspace.id, userId: { in: [author, colleague] } },
      { workspaceId: { not: "nobody" }, userId: colleague },
      { workspaceId: workspace.id, userId: "" },
      { workspaceId: workspace.id },
    ];
    for (const input of filters) {
      expect(messageOf(await removeMember(input as never))).toBe("That workspace or member does not exist.");
    }
    signInAs(colleague);
    expect((await removeMember({ workspaceId: workspace.id, userId: { not: "nobody" } } as never))?.ok).toBe(
      false,
    );

    expect(await membersOf(workspace.id)).toEqual(before.workspace);
    expect(await membersOf(other.id)).toEqual(before.other);
    expect(await db().workspaceMember.count()).toBe(before.all);
    expect(await db().workspaceRemoval.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("removeAnnotation, resolveAnnotation, editAnnotation and addComment answer a failure for ids that are not ids", async () => {
    const { filing, analysis, author } = await createTeamSetting();
    const note = await createTestAnnotation({
      filingId: filing.id,
      text: analysis.text,
      start: 0,
      end: 20,
      authorId: author,
    });
    signInAs(author);
    const answers = [
      await removeAnnotation({ id: "abc" }),
      await removeAnnotation({ id: { not: "nobody" } } as never),
      await removeAnnotation(undefined as never),
      await resolveAnnotation({ id: "abc", resolved: true }),
      await resolveAnnotation({ id: note.id, resolved: "yes" } as never),
      await editAnnotation({ id: "abc", version: 1, label: "Note", note: "x" }),
      await editAnnotation({ id: { not: "nobody" }, version: 1, label: "Note", note: "x" } as never),
      await addComment({ annotationId: "abc", body: "hi" }),
      await addComment({ annotationId: note.id, parentId: "abc", body: "hi" }),
      await addComment({ annotationId: note.id, parentId: randomUUID(), body: "hi" }),
    ];
    for (const answer of answers) expect(answer?.ok).toBe(false);
    expect(messageOf(answers[0]!)).toBe("That note does not exist or is not available to you.");

    const [stored] = await listFilingAnnotations({
      filingId: filing.id,
      viewer: await getViewer({ userId: author }),
    });
    expect(stored?.id).toBe(note.id);
    expect(stored?.resolvedAt).toBeNull();
    expect(stored?.note).toBe("");
    expect(stored?.comments).toEqual([]);
  });

  it("invite actions: a filter for a token or a workspace revokes nothing and invites nobody", async () => {
    const { workspace, author, outsider } = await createTeamSetting();
    signInAs(author);
    const created = await createInviteLink({ workspaceId: workspace.id });
    if (!created?.ok) throw new Error("no invite");
    expect((await revokeInviteLink({ workspaceId: workspace.id, token: { not: "x" } } as never))?.ok).toBe(
      false,
    );
    expect(
      (await revokeInviteLink({ workspaceId: { not: "x" }, token: tokenOf(created.data.path) } as never))?.ok,
    ).toBe(false);
    expect((await createInviteLink({ workspaceId: { not: "x" } } as never))?.ok).toBe(false);
    expect(await listWorkspaceInvites({ workspaceId: workspace.id, now: new Date() })).toHaveLength(1);
    signInAs(outsider);
    expect((await joinWorkspace({ not: "x" } as never))?.ok).toBe(false);
    expect((await joinWorkspace("abc"))?.ok).toBe(false);
    expect(await isMember(workspace.id, outsider)).toBe(false);
  });
});

describe("the environment (items 8, 16, 17)", () => {
  it("MARGINALIA_SIGNUP: open by default, invite when reading needs an account, else as set", () => {
    expect(parseEnv({}).signup).toBe("open");
    expect(parseEnv({ MARGINALIA_REQUIRE_SIGN_IN: "off" }).signup).toBe("open");
    expect(parseEnv({ MARGINALIA_REQUIRE_SIGN_IN: "on" }).signup).toBe("invite");
    expect(parseEnv({ MARGINALIA_REQUIRE_SIGN_IN: "on", MARGINALIA_SIGNUP: "open" }).signup).toBe("open");
    expect(parseEnv({ MARGINALIA_REQUIRE_SIGN_IN: "on", MARGINALIA_SIGNUP: "off" }).signup).toBe("off");
    expect(parseEnv({ MARGINALIA_SIGNUP: "invite" }).signup).toBe("invite");
    expect(parseEnv({ MARGINALIA_SIGNUP: "off" }).signup).toBe("off");
    expect(() => parseEnv({ MARGINALIA_SIGNUP: "closed" })).toThrow(/MARGINALIA_SIGNUP/);
  });

  it("the demo account only on the embedded database, while listening on loopback (the default)", () => {
    expect(parseEnv({}).HOST).toBe("127.0.0.1");
    expect(parseEnv({}).demoAccount).toBe(true);
    expect(parseEnv({ HOST: "localhost" }).demoAccount).toBe(true);
    expect(parseEnv({ HOST: "::1" }).demoAccount).toBe(true);
    expect(parseEnv({ HOST: "127.0.0.2" }).demoAccount).toBe(true);
    expect(parseEnv({ HOST: "0.0.0.0" }).demoAccount).toBe(false);
    expect(parseEnv({ HOST: "::" }).demoAccount).toBe(false);
    expect(parseEnv({ HOST: "192.168.1.20" }).demoAccount).toBe(false);
    expect(parseEnv({ DATABASE_URL: "postgresql://app@db:5432/marginalia" }).demoAccount).toBe(false);
    expect(parseEnv({ DATABASE_URL: "  " }).demoAccount).toBe(true); // blank is unset: embedded
    expect(parseEnv({ MARGINALIA_DEMO_ACCOUNT: "off" }).demoAccount).toBe(false);
    expect(isLoopback("127.0.0.1.evil.example")).toBe(false);
    expect(isLoopback("localhost.evil.example")).toBe(false);
  });

  it("the generated auth secret is kept inside the data folder; one kept beside it by an earlier version moves in", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "marginalia-secret-"));
    try {
      const dataDir = path.join(root, "pglite");
      const secret = authSecret({ dataDir });
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(fs.readdirSync(root)).toEqual(["pglite"]);
      expect(fs.readFileSync(path.join(dataDir, "marginalia-auth-secret"), "utf8")).toBe(secret);
      expect(fs.statSync(path.join(dataDir, "marginalia-auth-secret")).mode & 0o077).toBe(0);
      expect(authSecret({ dataDir })).toBe(secret); // kept across restarts

      const otherRoot = path.join(root, "earlier");
      fs.mkdirSync(otherRoot);
      fs.writeFileSync(path.join(otherRoot, "auth-secret"), "an-earlier-secret-of-at-least-32-chars\n");
      const movedDir = path.join(otherRoot, "pglite");
      expect(authSecret({ dataDir: movedDir })).toBe("an-earlier-secret-of-at-least-32-chars");
      expect(fs.existsSync(path.join(otherRoot, "auth-secret"))).toBe(false);
      expect(fs.existsSync(path.join(movedDir, "marginalia-auth-secret"))).toBe(true);

      expect(authSecret({ dataDir, BETTER_AUTH_SECRET: "x".repeat(40) })).toBe("x".repeat(40));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

/** Calls Better Auth's HTTP handler as a browser on this site would (same origin). */
async function authEndpoint(
  endpoint: string,
  body: unknown,
  options: { cookie?: string; address?: string } = {},
): Promise<Response> {
  return getAuth().handler(
    new Request(`${env.baseUrl}/api/auth${endpoint}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: env.baseUrl,
        "x-forwarded-for": options.address ?? uniqueAddress(),
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
}

/** A new password user signed in through Better Auth; its id and session cookie. */
async function signedUpUser(name = "Ann Example") {
  const email = uniqueEmail("member");
  const { headers, response } = await getAuth().api.signUpEmail({
    body: { name, email, password: PASSWORD },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  expect(cookie).toMatch(/session_token=/);
  return { id: response.user.id, email, cookie };
}

const userRow = (id: string) =>
  db().user.findUniqueOrThrow({ where: { id }, select: { name: true, image: true } });

describe("sessions remembered for a moment", () => {
  it("a page view's requests share one lookup, and a sign-out through this server ends the session at once", async () => {
    env.MARGINALIA_SIGNUP = "open";
    const { id, cookie } = await signedUpUser("Sam Session");
    const headers = () => new Headers({ cookie });
    const [first, second] = await Promise.all([sessionUserFor(headers()), sessionUserFor(headers())]);
    expect(first?.id).toBe(id);
    // The same lookup's answer (one round trip for requests that ask at once).
    expect(second).toBe(first);
    const signedOut = await authEndpoint("/sign-out", {}, { cookie });
    expect(signedOut.status).toBe(200);
    expect(await sessionUserFor(headers())).toBeNull();
  });
});

describe("a private deployment's filing pages (MARGINALIA_REQUIRE_SIGN_IN=on)", () => {
  it("the page cache serves a filing's shared page only to a reader with a session", async () => {
    env.MARGINALIA_SIGNUP = "open";
    const { cookie } = await signedUpUser("Pat Private");
    env.MARGINALIA_REQUIRE_SIGN_IN = "off";
    expect(await readerPageAccess(undefined)).toBe("public");
    env.MARGINALIA_REQUIRE_SIGN_IN = "on";
    expect(await readerPageAccess(undefined)).toBeNull();
    expect(await readerPageAccess("better-auth.session_token=forged.value")).toBeNull();
    expect(await readerPageAccess(cookie)).toBe("signed-in");
  });

  it("the cache's own render of the shared page passes; anyone else signed out is sent to sign in", async () => {
    env.MARGINALIA_REQUIRE_SIGN_IN = "on";
    const global = globalThis as { marginaliaPageFillSecret?: string };
    global.marginaliaPageFillSecret = randomUUID();
    try {
      request.headers = new Headers({ "x-marginalia-page-fill": global.marginaliaPageFillSecret });
      await expect(requireReaderAccess("/filings/x")).resolves.toBeUndefined();
      request.headers = new Headers({ "x-marginalia-page-fill": randomUUID() });
      expect(await redirectOf(requireReaderAccess("/filings/x"))).toBe("/sign-in?next=%2Ffilings%2Fx");
    } finally {
      delete global.marginaliaPageFillSecret;
    }
  });
});

describe("sign-up modes (item 8) and password rules (item 14)", () => {
  it("off: the action refuses and no account is made; Better Auth's endpoint refuses too", async () => {
    env.signup = "off";
    const email = uniqueEmail("closed");
    const answer = await signUp(null, form({ name: "Ann", email, password: PASSWORD }));
    expect(messageOf(answer)).toBe(SIGNUP_CLOSED);
    const direct = await authEndpoint("/sign-up/email", { name: "Ann", email, password: PASSWORD });
    expect(direct.status).toBe(403);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("invite: only with an invite link that still works, and never straight through Better Auth's endpoint", async () => {
    const { workspace, author } = await createTeamSetting();
    signInAs(author);
    const live = await createInviteLink({ workspaceId: workspace.id });
    const revoked = await createInviteLink({ workspaceId: workspace.id });
    if (!live?.ok || !revoked?.ok) throw new Error("no invite");
    expect(await revokeInviteLink({ workspaceId: workspace.id, token: tokenOf(revoked.data.path) })).toEqual({
      ok: true,
    });
    signInAs(null);
    env.signup = "invite";
    request.headers = new Headers({ "x-forwarded-for": uniqueAddress() });

    const email = uniqueEmail("invited");
    const fields = { name: "Ann", email, password: PASSWORD };
    expect(messageOf(await signUp(null, form(fields)))).toBe(SIGNUP_BY_INVITE);
    expect(messageOf(await signUp(null, form({ ...fields, next: revoked.data.path })))).toBe(
      SIGNUP_BY_INVITE,
    );
    expect(messageOf(await signUp(null, form({ ...fields, next: "/join/abc" })))).toBe(SIGNUP_BY_INVITE);
    const direct = await authEndpoint("/sign-up/email", fields);
    expect(direct.status).toBe(403);
    expect(await db().user.count({ where: { email } })).toBe(0);

    // With the live link the account is made and the browser goes on to join.
    expect(await redirectOf(signUp(null, form({ ...fields, next: live.data.path })))).toBe(live.data.path);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("open: anyone signs up, on the form and on Better Auth's endpoint", async () => {
    env.signup = "open";
    request.headers = new Headers({ "x-forwarded-for": uniqueAddress() });
    const email = uniqueEmail("open");
    expect(await redirectOf(signUp(null, form({ name: "Ann", email, password: PASSWORD })))).toBe("/");
    const other = uniqueEmail("open-direct");
    expect(
      (await authEndpoint("/sign-up/email", { name: "Bo", email: other, password: PASSWORD })).status,
    ).toBe(200);
    expect(await db().user.count({ where: { email: { in: [email, other] } } })).toBe(2);
  });

  it("weak passwords are refused on the form and on Better Auth's endpoint", async () => {
    env.signup = "open";
    for (const password of ["1234567890", " ".repeat(10), "aaaaaaaaaaaa", "password1234"]) {
      const email = uniqueEmail("weak");
      const answer = await signUp(null, form({ name: "Ann", email, password }));
      expect(answer && !answer.ok && answer.fieldErrors.password?.length).toBeGreaterThan(0);
      expect((await authEndpoint("/sign-up/email", { name: "Ann", email, password })).status).toBe(400);
      expect(await db().user.count({ where: { email } })).toBe(0);
    }
  });
});

describe("sign-in waits instead of a lockout (item 5)", () => {
  const attempt = (email: string, password: string) => signIn(null, form({ email, password }));
  const accountKey = (email: string) => signInThrottleKeys(email, null).account;
  const storedFailures = async (email: string) =>
    (await getSignInThrottles({ keys: [accountKey(email)] })).get(accountKey(email)) ?? null;
  /** Moves the account's last failure `ms` into the past (as if the test had waited). */
  const failedAgo = (email: string, ms: number, failures?: number) =>
    db().signInThrottle.update({
      where: { key: accountKey(email) },
      data: { lastFailureAt: new Date(Date.now() - ms), ...(failures ? { failures } : {}) },
    });

  it("counts every failure of a burst fired at once, and forgets failures older than 15 minutes", async () => {
    const key = `account:burst-${randomUUID()}@example.com`;
    const now = new Date();
    await Promise.all(Array.from({ length: 10 }, () => recordSignInFailure({ keys: [key], now })));
    expect((await getSignInThrottles({ keys: [key] })).get(key)?.failures).toBe(10);
    const later = new Date(now.getTime() + SIGN_IN_DELAYS.forgetAfterMs + 1000);
    await recordSignInFailure({ keys: [key], now: later });
    expect((await getSignInThrottles({ keys: [key] })).get(key)).toEqual({
      key,
      failures: 1,
      lastFailureAt: later,
    });
  });

  it("after three failures the next attempt waits; once the wait is over the right password works", async () => {
    const { email } = await signedUpUser();
    request.headers = new Headers({ "x-forwarded-for": uniqueAddress() });
    for (let i = 0; i < SIGN_IN_DELAYS.account.free; i++)
      expect(messageOf(await attempt(email, "wrong password 123"))).toBe(
        "That email and password do not match an account.",
      );
    expect((await storedFailures(email))?.failures).toBe(3);

    // The wait (1 s after the third failure) is running: even the right password waits.
    await failedAgo(email, 0);
    expect(messageOf(await attempt(email, PASSWORD))).toMatch(
      /^Too many failed sign-ins: wait 1 second, then try again\.$/,
    );
    // Waiting is not failing: the count did not grow while the attempt was refused.
    expect((await storedFailures(email))?.failures).toBe(3);

    await failedAgo(email, 1100);
    expect(await redirectOf(attempt(email, PASSWORD))).toBe("/");
    // Signing in forgets the failures.
    expect(await storedFailures(email)).toBeNull();
  });

  it("the waits double and stop at a minute; the right password is never locked out", async () => {
    const { email } = await signedUpUser();
    request.headers = new Headers({ "x-forwarded-for": uniqueAddress() });
    for (let i = 0; i < 3; i++) await attempt(email, "wrong password 123");
    await failedAgo(email, 1100);
    expect(messageOf(await attempt(email, "wrong password 456"))).toBe(
      "That email and password do not match an account.",
    );
    expect((await storedFailures(email))?.failures).toBe(4);
    await failedAgo(email, 0);
    expect(messageOf(await attempt(email, PASSWORD))).toMatch(/wait 2 seconds/);

    // Many failures (a stranger hammering the account): at most a minute's wait, never 15 minutes.
    await failedAgo(email, 0, 20);
    expect(messageOf(await attempt(email, PASSWORD))).toMatch(/wait 60 seconds/);
    await failedAgo(email, SIGN_IN_DELAYS.account.maxMs + 1000, 20);
    expect(await redirectOf(attempt(email, PASSWORD))).toBe("/");
  });

  it("the demo account signs in only where the environment allows it (item 16)", async () => {
    await seedDemoAccount({ enabled: true });
    request.headers = new Headers({ "x-forwarded-for": uniqueAddress() });
    env.demoAccount = false;
    expect(messageOf(await attempt(DEMO_ACCOUNT.email, DEMO_ACCOUNT.password))).toBe(
      "That email and password do not match an account.",
    );
    env.demoAccount = true;
    expect(await redirectOf(attempt(DEMO_ACCOUNT.email, DEMO_ACCOUNT.password))).toBe("/");
    // Turned off at start-up (MARGINALIA_DEMO_ACCOUNT=off, or not allowed here): its password is gone.
    await seedDemoAccount({ enabled: false });
    expect(messageOf(await attempt(DEMO_ACCOUNT.email, DEMO_ACCOUNT.password))).toBe(
      "That email and password do not match an account.",
    );
  });
});

describe("Better Auth's own endpoints apply the app's rules (item 13)", () => {
  it("update-user refuses a name with NUL, a right-to-left override or 200,000 characters, and a javascript: picture", async () => {
    const { id, cookie } = await signedUpUser("Ann Example");
    const address = uniqueAddress();
    const refused = [
      { name: "Ann\u0000" },
      { name: "\u202eelpmaxE nnA" },
      { name: "A".repeat(200_000) },
      { name: "Ann\nExample" },
      { image: "javascript:alert(1)" },
      { image: "data:text/html,<script>alert(1)</script>" },
      { image: "https://example.com/a\u0000.png" },
    ];
    const statuses = [];
    for (const body of refused)
      statuses.push((await authEndpoint("/update-user", body, { cookie, address })).status);
    expect(statuses).toEqual(refused.map(() => 400));
    expect(await userRow(id)).toEqual({ name: "Ann Example", image: null });

    // The same session changes them when they follow the rules.
    const accepted = await authEndpoint(
      "/update-user",
      { name: "Ann B. Example", image: "https://example.com/ann.png" },
      { cookie, address },
    );
    expect(accepted.status).toBe(200);
    expect(await userRow(id)).toEqual({ name: "Ann B. Example", image: "https://example.com/ann.png" });
  });

  it("sign-up through the endpoint refuses the same names and pictures", async () => {
    env.signup = "open";
    const refused = [
      { name: "Ann\u0000" },
      { name: "\u202eAnn" },
      { name: "A".repeat(200_000) },
      { image: "javascript:alert(1)" },
      { image: "https://example.com/a\u0000.png" },
    ];
    const statuses = [];
    for (const extra of refused) {
      const email = uniqueEmail("bad-profile");
      const response = await authEndpoint("/sign-up/email", {
        name: "Ann",
        email,
        password: PASSWORD,
        ...extra,
      });
      statuses.push(response.status);
      expect(await db().user.count({ where: { email } })).toBe(0);
    }
    expect(statuses).toEqual(refused.map(() => 400));
  });
});
