import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { DatabaseStartError } from "./database-start-error";
import type { Binaries } from "./postgres-binaries";
import type { RunAs } from "./postgres-user";

export type PostgresServer = { pid: number; stop(): Promise<void> };

const READY = "database system is ready to accept connections";

function run(program: string, args: string[], dir: string, runAs: RunAs | undefined): ChildProcess {
  return spawn(program, args, {
    ...runAs,
    cwd: path.dirname(dir),
    // Server messages are read in English (READY, error output), whatever the machine's locale.
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The last lines a program wrote, for the error message when it fails. */
function tail(child: ChildProcess, onLine: (line: string) => void = () => {}): string[] {
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      lines.push(line);
      if (lines.length > 20) lines.shift();
      onLine(line);
    });
  }
  return lines;
}

/** Creates the cluster; the superuser's password goes through a file only `runAs` can read. */
export async function initCluster(
  binaries: Binaries,
  dir: string,
  options: { user: string; password: string; runAs?: RunAs; flags: string[] },
): Promise<void> {
  const { runAs } = options;
  mkdirSync(dir, { recursive: true });
  const passwordFile = path.join(path.dirname(dir), `.pg-password-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
  if (runAs) {
    chownSync(dir, runAs.uid, runAs.gid);
    chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    const args = [
      `--pgdata=${dir}`,
      "--auth=password",
      `--username=${options.user}`,
      `--pwfile=${passwordFile}`,
      "--lc-messages=C",
    ];
    const child = run(binaries.initdb, [...args, ...options.flags], dir, runAs);
    const output = tail(child);
    const code = await new Promise<number | string>((resolve) => {
      child.once("error", (error) => resolve(error.message));
      child.once("close", (status, signal) => resolve(status ?? signal ?? "?"));
    });
    if (code !== 0) throw new DatabaseStartError(`initdb failed for ${dir} (${code}):\n${output.join("\n")}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * Starts the server as a child process and resolves once it accepts connections. A server that
 * stops before that rejects with its last log lines, and one that stops later unasked prints them
 * unless `quiet`; one still running when this process exits is told to shut down.
 */
export function startServer(
  binaries: Binaries,
  dir: string,
  options: { args: string[]; runAs?: RunAs; quiet?: boolean },
): Promise<PostgresServer> {
  const child = run(binaries.postgres, ["-D", dir, ...options.args], dir, options.runAs);
  const shutDown = () => child.kill("SIGINT");
  process.on("exit", shutDown);
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  void exited.then(() => process.off("exit", shutDown));
  let stopping = false;
  const server: PostgresServer = {
    pid: child.pid ?? 0,
    async stop() {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      await exited;
    },
  };

  return new Promise((resolve, reject) => {
    let ready = false;
    const output = tail(child, (line) => {
      if (!ready && line.includes(READY)) {
        ready = true;
        resolve(server);
      }
    });
    child.once("error", (error) =>
      reject(new DatabaseStartError(`PostgreSQL could not be started from ${binaries.postgres}: ${error.message}`)),
    );
    child.once("close", (code, signal) => {
      const log = output.join("\n");
      if (!ready)
        reject(new DatabaseStartError(`PostgreSQL stopped while starting on ${dir} (${code ?? signal}):\n${log}`));
      else if (!stopping && !options.quiet)
        process.stderr.write(`PostgreSQL on ${dir} stopped (${code ?? signal}):\n${log}\n`);
    });
  });
}
