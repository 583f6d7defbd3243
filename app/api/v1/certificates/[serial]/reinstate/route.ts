import { apiRoute } from "@/lib/core/api-route";
import { reinstateCertificate } from "@/lib/documents/certificates/revoke-certificate";

export const POST = apiRoute<{ serial: string }>(async ({ actor, params, body }) =>
  reinstateCertificate(await actor(), params.serial, await body()),
);
