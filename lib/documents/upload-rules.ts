import type { DocumentKind } from "@/lib/generated/prisma/enums";

const PDF = "application/pdf";
const IMAGES = ["image/png", "image/jpeg", "image/webp"];
const MB = 1024 * 1024;

/** What each kind of document may be: the type is sniffed from the bytes, never taken from the client. */
export const UPLOAD_RULES: Record<DocumentKind, { types: string[]; maxBytes: number }> = {
  CV: { types: [PDF], maxBytes: 5 * MB },
  COVER_LETTER: { types: [PDF], maxBytes: 5 * MB },
  LOGO: { types: IMAGES, maxBytes: 2 * MB },
  ENTERPRISE_REGISTRATION: { types: [PDF, ...IMAGES], maxBytes: 10 * MB },
  AGREEMENT: { types: [PDF], maxBytes: 10 * MB },
  REPORT: { types: [PDF], maxBytes: 20 * MB },
  ATTESTATION: { types: [PDF], maxBytes: 5 * MB },
  CERTIFICATE: { types: [PDF], maxBytes: 5 * MB },
  OTHER: { types: [PDF, ...IMAGES], maxBytes: 10 * MB },
};
