import { readFileSync, readlinkSync, realpathSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** The PostgreSQL server that holds a cluster's lock file, and who started it. */
export type Postmaster = { pid: number; port: number; owner?: number };

/** Passed to every server we start, so that a later start can tell whose it is (postmaster.opts). */
export const OWNER_SETTING = "stagiaire.owner_pid";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat[stat.lastIndexOf(")") + 2] !== "Z"; // a zombie is gone, only not yet reaped
  } catch {
    return true; // no /proc here: signal 0 is all we can know
  }
}

function isServerOf(pid: number, dir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    // A PostgreSQL server works in its data folder; any other process only reuses a dead server's pid.
    return readlinkSync(`/proc/${pid}/cwd`) === realpathSync(dir);
  } catch {
    return true;
  }
}

/**
 * The server running on the cluster in `dir`, if any. A lock file whose process is gone, or is
 * not a server of this cluster (its pid reused after a reboot), is removed: PostgreSQL itself
 * would refuse to start over a live pid.
 */
export function runningPostmaster(dir: string): Postmaster | undefined {
  let lines: string[];
  try {
    lines = readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!(pid > 0) || !isServerOf(pid, dir)) {
    rmSync(path.join(dir, "postmaster.pid"), { force: true });
    return undefined;
  }
  let options = "";
  try {
    options = readFileSync(path.join(dir, "postmaster.opts"), "utf8");
  } catch {}
  const owner = new RegExp(`${OWNER_SETTING}=(\\d+)`).exec(options)?.[1];
  return { pid, port: Number(lines[3]), owner: owner ? Number(owner) : undefined };
}

/** Fast shutdown of a server we did not start (it is no child of ours), waiting until it is gone. */
export async function stopPostmaster(pid: number, timeoutMs = 30_000): Promise<boolean> {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return true;
  }
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(50)) {
    if (!isAlive(pid)) return true;
  }
  return false;
}
