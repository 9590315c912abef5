/**
 * One Marginalia per embedded database folder. PGlite has no lock of its own: two processes on
 * one folder each see only their own writes and lose the other's when they stop. So whoever
 * opens the folder first writes `marginalia.lock` in it (who, since when, the processes that
 * share it); a second `npm start`, migration or seed on the same folder refuses to start and
 * says which process holds it. A lock left by a process that died (kill -9) is taken over.
 *
 * `npm start` takes the lock itself and hands it to its children (the migration and the server)
 * through MARGINALIA_DATA_DIR_LOCK, so they share it; each child adds its process to the lock.
 *
 * Plain JavaScript: scripts/start.mjs (plain Node) and server/database.ts both use it.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const FILE = "marginalia.lock";

/** Thrown when another live process holds the folder. Its message names that process. */
export class DataDirInUseError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "DataDirInUseError";
  }
}

/**
 * A process's state and start time from /proc (Linux; null elsewhere): the state tells a
 * zombie (killed, not yet reaped by its parent: it holds nothing), the start time (clock ticks
 * since boot) a reused pid. @param {number} pid
 */
function procStat(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields 3 and 22, counted after the command name's closing parenthesis (it may hold spaces).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0] ?? "", start: fields[19] ?? null };
  } catch {
    return null;
  }
}

/** When a process started, to tell a reused pid. @param {number} pid */
function startTime(pid) {
  return procStat(pid)?.start ?? null;
}

/** @param {{ pid: number; start: string | null }} holder */
function isAlive(holder) {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EPERM") return false;
  }
  const now = procStat(holder.pid);
  if (now && (now.state === "Z" || now.state === "X")) return false;
  return holder.start === null || now?.start == null || now.start === holder.start;
}

/**
 * @typedef {{ token: string; owner: string; host: string; since: string;
 *   holders: { pid: number; start: string | null }[] }} LockFile
 */

/** @param {string} file @returns {LockFile | null} */
function read(file) {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    return parsed && Array.isArray(parsed.holders) ? parsed : null;
  } catch {
    return null;
  }
}

/** Writes the lock file in one step (a reader never sees half of it). @param {string} file @param {LockFile} lock */
function write(file, lock) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(lock));
  fs.renameSync(temporary, file);
}

/**
 * Takes (or, with the token from MARGINALIA_DATA_DIR_LOCK, joins) the lock on a data folder.
 * @param {string} dataDir the embedded database's folder (created if missing)
 * @param {string} owner what takes it, for the message a second process shows ("npm start")
 * @returns {{ token: string; release: () => void }} the lock's token (for children) and how to let go
 * @throws {DataDirInUseError} when a live process holds it
 */
export function lockDataDir(dataDir, owner) {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, FILE);
  const me = { pid: process.pid, start: startTime(process.pid) };
  for (let attempt = 0; attempt < 3; attempt++) {
    const shared = process.env.MARGINALIA_DATA_DIR_LOCK;
    const current = read(file);
    if (current && shared && current.token === shared && current.host === os.hostname()) {
      // Our parent's lock: join it, so the lock lives as long as any of us does.
      write(file, { ...current, holders: [...current.holders.filter((h) => h.pid !== me.pid), me] });
      return { token: current.token, release: () => leave(file, current.token) };
    }
    if (current === null && fs.existsSync(file)) {
      // Unreadable (a crash while writing): nobody can be said to hold it.
      fs.rmSync(file, { force: true });
    } else if (current) {
      const alive = current.host === os.hostname() && current.holders.some(isAlive);
      if (alive) {
        const pids = current.holders.filter(isAlive).map((h) => h.pid);
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by another Marginalia process ` +
            `(${current.owner}, pid ${pids.join(", ")}, since ${current.since}). ` +
            "Stop that one first, or set MARGINALIA_DATA_DIR to another folder.",
        );
      }
      if (current.host !== os.hostname())
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is locked by ${current.owner} on host ${current.host}. ` +
            `If nothing runs there any more, remove ${file}.`,
        );
      fs.rmSync(file, { force: true }); // its processes are gone (kill -9): take it over
    }
    const lock = {
      token: randomUUID(),
      owner,
      host: os.hostname(),
      since: new Date().toISOString(),
      holders: [me],
    };
    try {
      fs.writeFileSync(file, JSON.stringify(lock), { flag: "wx" });
      return { token: lock.token, release: () => leave(file, lock.token) };
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EEXIST") throw error;
      // Someone created it between our look and our write: look again.
    }
  }
  throw new DataDirInUseError(`Could not take the lock on ${dataDir}: another process keeps taking it.`);
}

/** Removes this process from the lock; the last one out removes the file. @param {string} file @param {string} token */
function leave(file, token) {
  const current = read(file);
  if (!current || current.token !== token) return;
  const holders = current.holders.filter((h) => h.pid !== process.pid && isAlive(h));
  if (holders.length === 0) fs.rmSync(file, { force: true });
  else write(file, { ...current, holders });
}
