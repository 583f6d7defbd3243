import type { DocumentKind } from "@/lib/generated/prisma/enums";

const PDF = "application/pdf";
const PDF_LABEL = "PDF";
const IMAGES_LABEL = "PNG, JPEG, WebP";
const IMAGES = ["image/png", "image/jpeg", "image/webp"];
const MB = 1024 * 1024;
const OFFICE_LABEL = "Word, Excel, PowerPoint, OpenDocument";
/** Office documents file-type recognises from their zip entries (the legacy binary formats are not told apart). */
const OFFICE = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
];

/** What each kind of document may be: the type is sniffed from the bytes, never taken from the client. */
export const UPLOAD_RULES: Record<DocumentKind, { types: string[]; label: string; maxBytes: number }> = {
  CV: { types: [PDF], label: PDF_LABEL, maxBytes: 5 * MB },
  COVER_LETTER: { types: [PDF], label: PDF_LABEL, maxBytes: 5 * MB },
  LOGO: { types: IMAGES, label: IMAGES_LABEL, maxBytes: 2 * MB },
  ENTERPRISE_REGISTRATION: { types: [PDF, ...IMAGES], label: `${PDF_LABEL}, ${IMAGES_LABEL}`, maxBytes: 10 * MB },
  AGREEMENT: { types: [PDF], label: PDF_LABEL, maxBytes: 10 * MB },
  REPORT: { types: [PDF], label: PDF_LABEL, maxBytes: 20 * MB },
  ATTESTATION: { types: [PDF], label: PDF_LABEL, maxBytes: 5 * MB },
  CERTIFICATE: { types: [PDF], label: PDF_LABEL, maxBytes: 5 * MB },
  INSURANCE_CERTIFICATE: { types: [PDF, ...IMAGES], label: `${PDF_LABEL}, ${IMAGES_LABEL}`, maxBytes: 5 * MB },
  OTHER: { types: [PDF, ...IMAGES], label: `${PDF_LABEL}, ${IMAGES_LABEL}`, maxBytes: 10 * MB },
  LOGBOOK_ATTACHMENT: {
    types: [PDF, ...IMAGES, ...OFFICE],
    label: `${PDF_LABEL}, ${IMAGES_LABEL}, ${OFFICE_LABEL}`,
    maxBytes: 5 * MB,
  },
};
