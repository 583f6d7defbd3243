import { apiRoute } from "@/lib/core/api-route";
import { revokeCertificate } from "@/lib/documents/certificates/revoke-certificate";

export const POST = apiRoute<{ serial: string }>(async ({ actor, params, body }) =>
  revokeCertificate(await actor(), params.serial, await body()),
);
