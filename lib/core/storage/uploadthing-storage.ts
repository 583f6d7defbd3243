import { UTApi, UTFile } from "uploadthing/server";
import type { FileStorage } from "./file-storage";

const PREFIX = "ut/";

/** Production storage on UploadThing; files are private and read back through a signed URL. */
export function uploadthingStorage(token: string): FileStorage {
  const api = new UTApi({ token });
  return {
    name: "uploadthing",
    async put({ bytes, fileName, contentType }) {
      const result = await api.uploadFiles(new UTFile([bytes as BlobPart], fileName, { type: contentType }), {
        acl: "private",
      });
      if (result.error || !result.data)
        throw new Error(`UploadThing refused the upload: ${result.error?.message ?? "no data"}`);
      return { storageKey: `${PREFIX}${result.data.key}` };
    },
    async get(storageKey) {
      if (!storageKey.startsWith(PREFIX)) return null;
      const { ufsUrl } = await api.generateSignedURL(storageKey.slice(PREFIX.length), { expiresIn: 60 });
      const response = await fetch(ufsUrl);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`UploadThing answered ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async remove(storageKey) {
      if (storageKey.startsWith(PREFIX)) await api.deleteFiles(storageKey.slice(PREFIX.length));
    },
  };
}
