/** The columns of an enterprise's public profile. */
export const enterpriseProfileColumns = {
  id: true,
  name: true,
  slug: true,
  sector: true,
  size: true,
  description: true,
  website: true,
} as const;

/** A verification request as its enterprise and the review queue show it, with its live documents. */
export const verificationSummarySelect = {
  id: true,
  status: true,
  registrationNumber: true,
  reason: true,
  createdAt: true,
  decidedAt: true,
  documents: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, title: true } },
} as const;
