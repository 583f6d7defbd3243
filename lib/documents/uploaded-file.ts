import type { UploadedFile } from "./store-document";

/**
 * A file field of a multipart form as storeDocument takes it. A text value, or the nameless empty
 * part a browser sends when no file was chosen, is null; an empty file that was chosen is kept, so
 * that the user hears "the file is empty".
 */
export async function uploadedFile(value: FormDataEntryValue | null | undefined): Promise<UploadedFile | null> {
  if (!value || typeof value === "string" || (value.size === 0 && !value.name)) return null;
  return { bytes: new Uint8Array(await value.arrayBuffer()), fileName: value.name };
}
