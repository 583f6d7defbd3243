import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "./file-storage";

const KEY = /^local\/(\d{4}-\d{2})\/([0-9a-f-]{36})$/;

/** The embedded default: files under DATA_DIR/uploads, named by a random id (never by user input). */
export function localDiskStorage(dataDir: string): FileStorage {
  const root = path.resolve(dataDir, "uploads");
  const fileFor = (storageKey: string) => {
    const match = KEY.exec(storageKey);
    return match ? path.join(root, match[1]!, match[2]!) : null;
  };
  return {
    name: "local",
    async put({ bytes }) {
      const storageKey = `local/${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
      const file = fileFor(storageKey)!;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: "wx" });
      return { storageKey };
    },
    async get(storageKey) {
      const file = fileFor(storageKey);
      if (!file) return null;
      try {
        return new Uint8Array(await readFile(file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(storageKey) {
      const file = fileFor(storageKey);
      if (file) await rm(file, { force: true });
    },
  };
}
