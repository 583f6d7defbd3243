import { db } from "@/lib/core/db";

/** A week's files, oldest first, as the logbook shows them. */
export async function activityAttachments(activityId: string) {
  const rows = await db.document.findMany({
    where: { activityId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: attachmentSelect,
  });
  return rows.map(attachmentView);
}

export const attachmentSelect = {
  id: true,
  title: true,
  createdAt: true,
  versions: {
    orderBy: { version: "desc" },
    take: 1,
    select: { fileName: true, contentType: true, size: true, sha256: true },
  },
} as const;

type AttachmentRow = {
  id: string;
  title: string;
  createdAt: Date;
  versions: { fileName: string; contentType: string; size: number; sha256: string }[];
};

/** What a party sees of an attachment; the download goes through the documents route, which checks the reader. */
export const attachmentView = (row: AttachmentRow) => ({
  id: row.id,
  fileName: row.versions[0]?.fileName ?? row.title,
  contentType: row.versions[0]?.contentType ?? "application/octet-stream",
  size: row.versions[0]?.size ?? 0,
  sha256: row.versions[0]?.sha256 ?? "",
  createdAt: row.createdAt,
  download: `/api/v1/documents/${row.id}/download`,
});
