import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { DatabaseStartError } from "./database-start-error";
import { blockingFolder, canReach, enterableFolder, type RunAs } from "./postgres-user";

export type ClusterLocation = {
  /** Where the cluster's files are. */
  dir: string;
  /** The folder asked for, when it is a symbolic link to `dir`. */
  linkedFrom?: string;
  /** The folder asked for was just linked: whatever `dir` holds is left from a deleted data folder. */
  fresh?: boolean;
  /** Why the cluster is not in the folder asked for: the folder the postgres system user cannot enter. */
  blockedBy?: string;
};

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Where the cluster asked for at `dir` lives. `runAs` (PostgreSQL's user when we are root) must be
 * able to enter the folder above it; when it cannot (a project under /root), the cluster lives
 * under `base` and `dir` becomes a symbolic link to it, so that later starts and `rm -rf` of the
 * data folder behave as if it were there.
 */
export function clusterLocation(dir: string, runAs: RunAs | undefined, base: string): ClusterLocation {
  const parent = path.dirname(dir);
  if (isSymlink(dir)) {
    const blockedBy = runAs && !canReach(runAs, parent) ? blockingFolder(runAs, parent) : undefined;
    return { dir: path.resolve(parent, readlinkSync(dir)), linkedFrom: dir, blockedBy };
  }
  if (!runAs) return { dir };
  mkdirSync(parent, { recursive: true });
  if (canReach(runAs, parent)) return { dir };
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new DatabaseStartError(
      `The postgres system user, which runs PostgreSQL for root, cannot enter ${blockingFolder(runAs, parent)}, where the embedded database ${dir} is: move the project to a folder it can enter, or delete ${dir} to start afresh.`,
    );
  }
  rmSync(dir, { recursive: true, force: true }); // the empty folder an earlier failed start left
  const clusters = enterableFolder(path.join(enterableFolder(base), "clusters"));
  const target = path.join(clusters, createHash("sha256").update(dir).digest("hex").slice(0, 12));
  symlinkSync(target, dir);
  return { dir: target, linkedFrom: dir, fresh: true, blockedBy: blockingFolder(runAs, parent) };
}
