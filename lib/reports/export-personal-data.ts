import { strToU8, zipSync, type Zippable } from "fflate";
import { db } from "@/lib/core/db";
import { consume } from "@/lib/core/rate-limit";
import { fileStorage } from "@/lib/core/storage";
import type { Actor } from "@/lib/identity/actor";
import { requireSignedIn } from "@/lib/identity/policy";

/** A file name safe in any archive tool: no path, no control characters, short. */
const safeName = (name: string) =>
  (name.split(/[/\\]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, "_")
    .replace(/^\.+/, "_")
    .slice(-120) || "file";

/** Everything the platform holds about the user themself, as plain JSON (GDPR article 15 and 20). */
async function personalData(userId: string) {
  const [user, student, membership, staff, notifications, preferences, sessions, actions, documents] =
    await Promise.all([
      db.user.findUniqueOrThrow({
        where: { id: userId },
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          locale: true,
          emailVerified: true,
          totpEnabledAt: true,
          createdAt: true,
          accounts: { select: { provider: true } },
        },
      }),
      db.student.findUnique({
        where: { userId },
        select: {
          headline: true,
          bio: true,
          city: true,
          phone: true,
          fieldOfStudy: true,
          studentNumber: true,
          visibleToEnterprises: true,
          university: { select: { name: true } },
          program: { select: { name: true } },
          skills: { select: { level: true, skill: { select: { name: true } } } },
          records: { omit: { id: true, studentId: true } },
          experiences: { omit: { id: true, studentId: true } },
          languages: { select: { language: true, level: true } },
          profileImports: {
            select: {
              source: true,
              fileName: true,
              status: true,
              text: true,
              createdAt: true,
              proposals: { select: { kind: true, status: true, data: true, decidedAt: true } },
            },
          },
          preference: { omit: { studentId: true } },
          favourites: { select: { createdAt: true, offer: { select: { id: true, title: true } } } },
          savedSearches: { select: { name: true, query: true, alertsEnabled: true, createdAt: true } },
          applications: {
            select: {
              id: true,
              status: true,
              coverLetter: true,
              submittedAt: true,
              decidedAt: true,
              createdAt: true,
              offer: { select: { id: true, title: true, enterprise: { select: { name: true } } } },
              history: { select: { fromStatus: true, toStatus: true, note: true, createdAt: true } },
            },
          },
        },
      }),
      db.enterpriseMember.findUnique({
        where: { userId },
        select: { role: true, createdAt: true, enterprise: { select: { name: true } } },
      }),
      db.universityStaff.findUnique({
        where: { userId },
        select: { title: true, university: { select: { name: true } }, department: { select: { name: true } } },
      }),
      db.notification.findMany({
        where: { userId },
        select: { type: true, title: true, body: true, link: true, readAt: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      }),
      db.notificationPreference.findMany({ where: { userId }, omit: { userId: true } }),
      db.session.findMany({
        where: { userId },
        select: { createdAt: true, lastSeenAt: true, revokedAt: true, userAgent: true, ip: true },
        orderBy: { createdAt: "asc" },
      }),
      db.auditLog.findMany({
        where: { actorId: userId },
        select: { action: true, entity: true, entityId: true, ip: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      }),
      db.document.findMany({
        where: { ownerId: userId, deletedAt: null },
        select: {
          id: true,
          kind: true,
          title: true,
          status: true,
          createdAt: true,
          versions: {
            select: {
              id: true,
              version: true,
              fileName: true,
              contentType: true,
              size: true,
              sha256: true,
              storageKey: true,
              createdAt: true,
            },
            orderBy: { version: "asc" },
          },
        },
      }),
    ]);
  return { user, student, membership, staff, notifications, preferences, sessions, actions, documents };
}

/**
 * The signed-in user's own data as a ZIP: `data.json` (the profile, applications, saved offers
 * and searches, notifications, sessions, what they did) and every version of their documents
 * under `documents/`. Three a day: an archive reads every file the user owns. A read like any
 * other GET, so it writes nothing (the rate limit aside).
 */
export async function exportPersonalData(actor: Actor | null, now = new Date()) {
  const me = requireSignedIn(actor);
  await consume("personal-data-export", me.userId, 3, 86_400);
  const data = await personalData(me.userId);
  const files: Zippable = {};
  const documents = data.documents.map(({ versions, ...document }) => ({
    ...document,
    versions: versions.map(({ storageKey: _key, ...version }) => ({
      ...version,
      file: `documents/${document.kind.toLowerCase()}-${version.id}-${safeName(version.fileName)}`,
    })),
  }));
  const storage = fileStorage();
  for (const [d, document] of data.documents.entries()) {
    for (const [v, version] of document.versions.entries()) {
      const bytes = await storage.get(version.storageKey);
      const entry = documents[d].versions[v];
      if (bytes) files[entry.file] = [bytes, { level: 0 }];
      else Object.assign(entry, { file: null, missing: true });
    }
  }
  const exported = { exportedAt: now.toISOString(), ...data, documents };
  files["data.json"] = strToU8(JSON.stringify(exported, null, 2));
  return {
    fileName: `stagiaire-${now.toISOString().slice(0, 10)}.zip`,
    bytes: zipSync(files, { mtime: now }),
  };
}
