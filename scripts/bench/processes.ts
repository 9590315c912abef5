/**
 * Child processes the benchmark starts (seed script, app server, static server): each runs in
 * its own process group so that stopping it also stops what it spawned (start.mjs spawns
 * `next start`), and is stopped by its own id, never by name.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

/** A started child with its output logged to a file. */
export interface Started {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Resolves with the exit code (or signal name) when the child exits. */
  exited: Promise<number | string>;
}

const running = new Set<Started>();

/** A port free on 127.0.0.1 right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Starts a command in a new process group, appending its stdout and stderr to `logFile`.
 * @param onLine called with each line of output (to notice "Building…" and the like)
 */
export function startProcess(options: {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  onLine?: (line: string) => void;
}): Started {
  const log = fs.createWriteStream(options.logFile, { flags: "a" });
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group: see stopProcess
  });
  let pending = "";
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    if (!options.onLine) return;
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) options.onLine(line);
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | string>((resolve) => {
    child.once("error", (error) => {
      log.write(`\n[bench] could not start: ${error.message}\n`);
      resolve("spawn-error");
    });
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown"));
  });
  const started: Started = { name: options.name, child, logFile: options.logFile, exited };
  running.add(started);
  void exited.then(() => {
    log.end();
    running.delete(started);
  });
  return started;
}

/** Runs a command to completion (own process group, output logged); throws on a non-zero exit. */
export async function runToCompletion(
  options: Parameters<typeof startProcess>[0] & { timeoutMs: number },
): Promise<void> {
  const started = startProcess(options);
  const timer = setTimeout(() => void stopProcess(started), options.timeoutMs);
  const code = await started.exited;
  clearTimeout(timer);
  if (code !== 0)
    throw new Error(
      `${options.name} failed (exit ${code}); see ${options.logFile}:\n${tail(options.logFile)}`,
    );
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a started process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopProcess(started: Started, graceMs = 5_000): Promise<void> {
  const pid = started.child.pid;
  if (pid === undefined) return;
  if (!groupAlive(pid)) return;
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groupAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Gone between the check and the kill.
    }
  }
  await Promise.race([started.exited, new Promise((r) => setTimeout(r, 1_000))]);
}

/** Stops every process group still running (the finally block and signal handlers call this). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((started) => stopProcess(started)));
}

/** Last resort when the process is exiting and cannot await: SIGKILL every group left. */
export function killAllNow(): void {
  for (const started of running) {
    const pid = started.child.pid;
    if (pid === undefined) continue;
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

/** The last lines of a log file, for error messages. */
export function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/**
 * Polls `url` until it answers 200, the process exits, or the deadline passes.
 * @throws when the process exits first or time runs out
 */
export async function waitForOk(url: string, started: Started, timeoutMs: number): Promise<void> {
  let exitedWith: number | string | undefined;
  void started.exited.then((code) => (exitedWith = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitedWith !== undefined)
      throw new Error(
        `${started.name} exited (${exitedWith}) before ${url} answered:\n${tail(started.logFile)}`,
      );
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s:\n${tail(started.logFile)}`,
  );
}

/**
 * Whether a `next build` is running on this machine (Linux /proc; false elsewhere). Used to
 * wait instead of starting a second build on the same .next folder.
 */
export function nextBuildRunning(): boolean {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return false;
  }
  return entries.some((pid) => {
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      return /next-build|next(\.js)? build\b/.test(command);
    } catch {
      return false; // Exited meanwhile, or not ours to read.
    }
  });
}
