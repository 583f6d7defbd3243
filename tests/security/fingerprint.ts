import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/core/db";

// Rate-limit counters are expected to move on every call; they are not data.
const IGNORED = ["rate_limits", "_prisma_migrations", "security_write_log"];

let installed: Promise<void> | undefined;

/**
 * Records every row written to any table of this test file's own database: a row trigger on each
 * table appends the table's name to security_write_log, in the writer's transaction (so a rolled
 * back write leaves nothing). Comparing two marks is then one small query, not a scan of the data.
 */
function installWriteLog(): Promise<void> {
  installed ??= (async () => {
    const tables = await db.$queryRaw<{ tablename: string }[]>`
      select tablename from pg_tables where schemaname = 'public' order by tablename`;
    await db.$executeRawUnsafe(`create table if not exists security_write_log (id bigserial primary key, name text)`);
    await db.$executeRawUnsafe(`
      create or replace function security_log_write() returns trigger language plpgsql as $$
      begin
        insert into security_write_log (name) values (TG_TABLE_NAME);
        return null;
      end $$`);
    for (const { tablename } of tables.filter(({ tablename }) => !IGNORED.includes(tablename))) {
      await db.$executeRawUnsafe(
        `create or replace trigger security_write_log after insert or update or delete on "${tablename}"
         for each row execute function security_log_write()`,
      );
    }
  })();
  return installed;
}

export type Mark = { logId: bigint; files: number };

/** Where the write log and the stored files stand now. */
export async function fingerprint(dataDir?: string): Promise<Mark> {
  await installWriteLog();
  const [row] = await db.$queryRawUnsafe<{ id: bigint | null }[]>(`select max(id) as id from security_write_log`);
  return { logId: row?.id ?? 0n, files: dataDir ? storedFiles(dataDir) : 0 };
}

/** The tables written (and "files" if a file was stored or removed) since `before`. */
export async function changedTables(before: Mark, after: Mark): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `select distinct name from security_write_log where id > $1 and id <= $2 order by name`,
    before.logId,
    after.logId,
  );
  return [...rows.map((row) => row.name), ...(before.files === after.files ? [] : ["files"])];
}

const storedFiles = (dataDir: string) => {
  const uploads = path.join(dataDir, "uploads");
  return existsSync(uploads)
    ? readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
    : 0;
};
