import { env } from "../env";
import type { FileStorage } from "./file-storage";
import { localDiskStorage } from "./local-disk-storage";
import { uploadthingStorage } from "./uploadthing-storage";

export type { FileStorage };

let chosen: FileStorage | undefined;

/** UploadThing when UPLOADTHING_TOKEN is set, else local disk under DATA_DIR. */
export function fileStorage(): FileStorage {
  const { UPLOADTHING_TOKEN, DATA_DIR } = env();
  chosen ??= UPLOADTHING_TOKEN ? uploadthingStorage(UPLOADTHING_TOKEN) : localDiskStorage(DATA_DIR);
  return chosen;
}
