import type { Actor } from "@/lib/identity/actor";
import { signDownload } from "./signed-url";

/** What a document page and the API show of a document: its review and every version, newest first. */
export const documentViewSelect = {
  id: true,
  kind: true,
  title: true,
  status: true,
  ownerId: true,
  internshipId: true,
  validatedAt: true,
  rejectionReason: true,
  createdAt: true,
  owner: { select: { name: true } },
  validatedBy: { select: { name: true } },
  versions: {
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      fileName: true,
      contentType: true,
      size: true,
      sha256: true,
      createdAt: true,
      uploadedBy: { select: { name: true } },
    },
  },
} as const;

type Row = {
  id: string;
  kind: string;
  title: string;
  status: string;
  ownerId: string;
  internshipId: string | null;
  validatedAt: Date | null;
  rejectionReason: string | null;
  createdAt: Date;
  owner: { name: string };
  validatedBy: { name: string } | null;
  versions: {
    id: string;
    version: number;
    fileName: string;
    contentType: string;
    size: number;
    sha256: string;
    createdAt: Date;
    uploadedBy: { name: string } | null;
  }[];
};

/** A row read through the documents policy, each version with a fresh signed download link. */
export function documentView(actor: Actor, { owner, validatedBy, versions, ownerId, ...row }: Row, reviewer: boolean) {
  return {
    ...row,
    owner: { id: ownerId, name: owner.name },
    reviewedBy: validatedBy?.name ?? null,
    rejectionReason: row.status === "REJECTED" ? row.rejectionReason : null,
    mine: ownerId === actor.userId,
    canReview: reviewer && row.status === "PENDING",
    versions: versions.map(({ uploadedBy, ...version }) => ({
      ...version,
      uploadedBy: uploadedBy?.name ?? null,
      download: signDownload(row.id, version.id),
    })),
  };
}

export type DocumentView = ReturnType<typeof documentView>;
