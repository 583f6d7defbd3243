import { db } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";
import type { Prisma } from "@/lib/generated/prisma/client";
import { analyseCvText } from "./analyse-cv-text";
import { extractPdfText } from "./extract-pdf-text";
import type { ProposalDraft } from "./proposal-data";
import { readLinkedInExport } from "./read-linkedin-export";

const MAX_TEXT = 50_000;
const MAX_PROPOSALS = 200;

type Reading = { ok: true; text: string; drafts: ProposalDraft[] } | { ok: false; reason: string };

async function read(source: string, bytes: Uint8Array, knownSkills: string[]): Promise<Reading> {
  if (source === "LINKEDIN_EXPORT") return readLinkedInExport(bytes, knownSkills);
  const extracted = await extractPdfText(bytes);
  if (!extracted.ok) return extracted;
  return { ok: true, text: extracted.text, drafts: analyseCvText(extracted.text, knownSkills) };
}

/**
 * Reads a queued import's file and writes its proposals, once: only a PENDING import is read, and
 * the proposals are written in the same transaction that marks it DONE (or FAILED with its reason),
 * so a repeated delivery changes nothing.
 */
export async function performProfileImport(importId: string): Promise<{ status: string; proposals: number }> {
  const row = await db.profileImport.findUnique({
    where: { id: importId },
    select: { status: true, source: true, storageKey: true },
  });
  if (!row || row.status !== "PENDING") return { status: row?.status ?? "GONE", proposals: 0 };
  const bytes = row.storageKey ? await fileStorage().get(row.storageKey) : null;
  const knownSkills = (await db.skill.findMany({ select: { name: true } })).map((skill) => skill.name);
  const reading: Reading = bytes
    ? await read(row.source, bytes, knownSkills)
    : { ok: false, reason: row.source === "LINKEDIN_EXPORT" ? "linkedinArchiveUnreadable" : "cvUnreadable" };
  const drafts = reading.ok ? reading.drafts.slice(0, MAX_PROPOSALS) : [];
  return db.$transaction(async (tx) => {
    const claimed = await tx.profileImport.updateMany({
      where: { id: importId, status: "PENDING" },
      data: reading.ok
        ? { status: "DONE", text: reading.text.slice(0, MAX_TEXT), finishedAt: new Date() }
        : { status: "FAILED", failureReason: reading.reason, finishedAt: new Date() },
    });
    if (claimed.count === 0) return { status: "DONE", proposals: 0 };
    await tx.profileProposal.createMany({
      data: drafts.map((draft, position) => ({
        importId,
        position,
        kind: draft.kind,
        data: draft.data as Prisma.InputJsonValue,
        evidence: draft.evidence.slice(0, 300),
      })),
    });
    return { status: reading.ok ? "DONE" : "FAILED", proposals: drafts.length };
  });
}

/** A LinkedIn file is kept only until it is read (the text stays); a CV is the profile's own document. */
export async function discardImportedFile(importId: string): Promise<void> {
  const row = await db.profileImport.findUnique({
    where: { id: importId },
    select: { source: true, storageKey: true, status: true },
  });
  if (!row || row.source === "CV" || !row.storageKey || row.status === "PENDING") return;
  await fileStorage().remove(row.storageKey);
  await db.profileImport.update({ where: { id: importId }, data: { storageKey: null } });
}
