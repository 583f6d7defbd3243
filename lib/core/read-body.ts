import { AppError } from "./errors";

type TooLarge = () => AppError;
const bodyTooLarge: TooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "bodyTooLarge");

/**
 * The body's bytes, refused as soon as they pass `maxBytes`, whether or not the client declared
 * a content-length (a chunked upload does not), so an oversized body is never buffered whole.
 */
export async function readCappedBytes(
  request: Request,
  maxBytes: number,
  tooLarge = bodyTooLarge,
): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function readCappedText(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readCappedBytes(request, maxBytes));
}

/** A multipart (or urlencoded) form read under the same cap; null when the body is not a form. */
export async function readCappedForm(
  request: Request,
  maxBytes: number,
  tooLarge = bodyTooLarge,
): Promise<FormData | null> {
  const bytes = await readCappedBytes(request, maxBytes, tooLarge);
  const type = request.headers.get("content-type") ?? "";
  return new Response(bytes as BlobPart, { headers: { "content-type": type } }).formData().catch(() => null);
}
