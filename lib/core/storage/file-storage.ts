/** Where uploaded and generated files live; documents keep only the storage key. */
export interface FileStorage {
  readonly name: "local" | "uploadthing";
  put(file: { bytes: Uint8Array; fileName: string; contentType: string }): Promise<{ storageKey: string }>;
  /** The bytes, or null when nothing is stored under that key. */
  get(storageKey: string): Promise<Uint8Array | null>;
  remove(storageKey: string): Promise<void>;
}
