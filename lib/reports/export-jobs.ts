import type { Actor } from "@/lib/identity/actor";

/** The rows of ExportJob an actor may read: their own, whatever their role. */
export const exportJobScope = (me: Actor) => ({ requestedById: me.userId });

/** What the requester sees of an export: its progress, then its file. */
export type ExportView = {
  id: string;
  kind: string;
  format: string;
  fileName: string;
  status: "QUEUED" | "RUNNING" | "READY" | "FAILED";
  rowsDone: number;
  rowsTotal: number;
  expired: boolean;
  expiresAt: string | null;
  createdAt: string;
  downloadUrl: string | null;
};

type Row = {
  id: string;
  kind: string;
  format: string;
  fileName: string;
  status: ExportView["status"];
  rowsDone: number;
  rowsTotal: number;
  expiresAt: Date | null;
  createdAt: Date;
};

export const exportViewSelect = {
  id: true,
  kind: true,
  format: true,
  fileName: true,
  status: true,
  rowsDone: true,
  rowsTotal: true,
  expiresAt: true,
  createdAt: true,
} as const;

export function toExportView(row: Row, now = new Date()): ExportView {
  const expired = row.expiresAt !== null && row.expiresAt <= now;
  return {
    ...row,
    expired,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: row.status === "READY" && !expired ? `/api/v1/exports/${row.id}/download` : null,
  };
}
