-- Schema objects that prisma/schema.prisma cannot express (partial indexes). Each statement is
-- also in the migration that introduced it. The drift test (scripts/lib/migrations-drift.test.ts)
-- runs this file after the SQL generated from the schema, so that both must agree.

-- The outbox relay's due rows (lib/core/outbox-relay.ts): only undelivered rows are indexed.
CREATE INDEX "OutboxEvent_undelivered_idx" ON "OutboxEvent"("availableAt") WHERE "deliveredAt" IS NULL;

-- At most one circuit for a whole university (departmentId NULL), which the unique key lets repeat.
CREATE UNIQUE INDEX "AgreementCircuit_universityId_whole_key" ON "AgreementCircuit"("universityId") WHERE "departmentId" IS NULL;

-- One live application per student and offer: a withdrawn one does not count (lib/applications).
CREATE UNIQUE INDEX "Application_offerId_studentId_live_key" ON "Application"("offerId", "studentId") WHERE "status" <> 'WITHDRAWN';
