import { apiRoute } from "@/lib/core/api-route";
import { lookUpCertificate } from "@/lib/documents/certificates/look-up-certificate";

/** Public: anyone holding a serial may check it (no sign-in). */
export const GET = apiRoute<{ serial: string }>(async ({ params }) => lookUpCertificate(params.serial));
