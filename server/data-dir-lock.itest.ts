import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.mjs";

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marginalia-lock-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}
afterEach(() => {
  delete process.env.MARGINALIA_DATA_DIR_LOCK;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes a lock as another process would have (pid and start time as given). */
function foreignLock(dataDir: string, pid: number, start: string | null = null) {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(
    path.join(dataDir, "marginalia.lock"),
    JSON.stringify({
      token: "other",
      owner: "npm start",
      host: os.hostname(),
      since: "earlier",
      holders: [{ pid, start }],
    }),
  );
}

describe("the data folder lock", () => {
  it("refuses a second holder while the first lives, naming it, and frees the folder on release", () => {
    const dataDir = tempDataDir();
    // The parent of this test process is alive for as long as the test runs.
    foreignLock(dataDir, process.ppid);
    expect(() => lockDataDir(dataDir, "test")).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dataDir, "test")).toThrow(new RegExp(`npm start, pid ${process.ppid}`));
    fs.rmSync(path.join(dataDir, "marginalia.lock"));
    const lock = lockDataDir(dataDir, "test");
    expect(fs.existsSync(path.join(dataDir, "marginalia.lock"))).toBe(true);
    lock.release();
    expect(fs.existsSync(path.join(dataDir, "marginalia.lock"))).toBe(false);
  });

  it("takes over a lock whose process died (kill -9 leaves one behind)", () => {
    const dataDir = tempDataDir();
    const gone = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid!;
    foreignLock(dataDir, gone);
    const lock = lockDataDir(dataDir, "test");
    const stored = JSON.parse(fs.readFileSync(path.join(dataDir, "marginalia.lock"), "utf8"));
    expect(stored.holders.map((h: { pid: number }) => h.pid)).toEqual([process.pid]);
    lock.release();
  });

  it("takes over a lock whose process was killed but not yet reaped by its parent (a zombie)", async () => {
    const dataDir = tempDataDir();
    // `sleep` never reaps the child its shell started, so that child stays a zombie while it runs.
    const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 60"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    try {
      const [line] = (await once(parent.stdout!, "data")) as [Buffer];
      const zombie = Number(line.toString().trim());
      const state = () => fs.readFileSync(`/proc/${zombie}/stat`, "utf8").split(") ")[1]?.[0];
      await expect.poll(state, { timeout: 5_000 }).toBe("Z");
      foreignLock(dataDir, zombie);
      const lock = lockDataDir(dataDir, "test");
      lock.release();
    } finally {
      parent.kill("SIGKILL");
    }
  });

  it("takes over a lock whose pid now belongs to another program (pid reuse)", () => {
    const dataDir = tempDataDir();
    foreignLock(dataDir, process.ppid, "1"); // a start time the live process does not have
    const lock = lockDataDir(dataDir, "test");
    lock.release();
  });

  it("is shared with the children of its holder (npm start's migration and server)", () => {
    const dataDir = tempDataDir();
    const parent = lockDataDir(dataDir, "npm start");
    process.env.MARGINALIA_DATA_DIR_LOCK = parent.token;
    const child = lockDataDir(dataDir, "server");
    expect(child.token).toBe(parent.token);
    delete process.env.MARGINALIA_DATA_DIR_LOCK;
    // Anyone else (no token) is refused while the holder lives.
    expect(() => lockDataDir(dataDir, "another npm start")).toThrow(DataDirInUseError);
    child.release();
    parent.release();
    expect(fs.existsSync(path.join(dataDir, "marginalia.lock"))).toBe(false);
  });
});
