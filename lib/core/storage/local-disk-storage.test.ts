import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localDiskStorage } from "./local-disk-storage";

describe("local disk storage", () => {
  const storage = localDiskStorage(mkdtempSync(path.join(tmpdir(), "storage-")));
  const bytes = new TextEncoder().encode("%PDF-1.7 test");

  it("stores, reads back and removes a file under a generated key", async () => {
    const { storageKey } = await storage.put({ bytes, fileName: "../../etc/passwd", contentType: "application/pdf" });
    expect(storageKey).toMatch(/^local\/\d{4}-\d{2}\/[0-9a-f-]{36}$/);
    expect(await storage.get(storageKey)).toEqual(bytes);
    await storage.remove(storageKey);
    expect(await storage.get(storageKey)).toBeNull();
  });

  it("refuses keys it did not make, so a crafted key cannot reach outside the folder", async () => {
    for (const key of ["../secrets.json", "local/2026-01/../../secrets.json", "ut/abc", "/etc/passwd"]) {
      expect(await storage.get(key)).toBeNull();
    }
  });
});
