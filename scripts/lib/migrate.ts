import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(execFile);
const prismaBin = path.resolve("node_modules/.bin/prisma");

/** Applies the committed migrations (`prisma migrate deploy`) to the database at `url`. */
export async function migrate(url: string): Promise<void> {
  await run(prismaBin, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

/** SQL that builds the current schema.prisma from nothing (used to make and check migrations). */
export async function schemaSql(from?: string): Promise<string> {
  const fromArgs = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  const { stdout } = await run(
    prismaBin,
    ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, maxBuffer: 32 * 1024 * 1024 },
  );
  return stdout;
}
