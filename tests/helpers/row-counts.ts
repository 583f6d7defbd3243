import { db } from "@/lib/core/db";

/** Row counts of the tables a write could touch: equal before and after means nothing was written. */
export async function rowCounts() {
  const [users, students, enterprises, members, authTokens, refreshTokens, emails, events, audit] = await Promise.all([
    db.user.count(),
    db.student.count(),
    db.enterprise.count(),
    db.enterpriseMember.count(),
    db.authToken.count(),
    db.refreshToken.count({ where: { revokedAt: null } }),
    db.emailMessage.count(),
    db.outboxEvent.count(),
    db.auditLog.count(),
  ]);
  return { users, students, enterprises, members, authTokens, refreshTokens, emails, events, audit };
}
