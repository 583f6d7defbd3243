-- Schema objects that prisma/schema.prisma cannot express (partial indexes). Each statement is
-- also in the migration that introduced it. The drift test (scripts/lib/migrations-drift.test.ts)
-- runs this file after the SQL generated from the schema, so that both must agree.

-- The outbox relay's due rows (lib/core/outbox-relay.ts): only undelivered rows are indexed.
CREATE INDEX "OutboxEvent_undelivered_idx" ON "OutboxEvent"("availableAt") WHERE "deliveredAt" IS NULL;

-- At most one circuit for a whole university (departmentId NULL), which the unique key lets repeat.
CREATE UNIQUE INDEX "AgreementCircuit_universityId_whole_key" ON "AgreementCircuit"("universityId") WHERE "departmentId" IS NULL;

-- One live application per student and offer: a withdrawn one does not count (lib/applications).
CREATE UNIQUE INDEX "Application_offerId_studentId_live_key" ON "Application"("offerId", "studentId") WHERE "status" <> 'WITHDRAWN';

-- The audit log is append-only for the application. The one change allowed is the one the
-- foreign key makes when an actor's User row is deleted (ON DELETE SET NULL), which only clears actorId
-- and runs inside the foreign key's own trigger (pg_trigger_depth above 1), never as a statement of its own.
-- The body is an escaped string (\x3B is a semicolon) because Prisma's migration runner splits scripts on semicolons.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF TG_OP = ''UPDATE'' AND OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL AND (NEW.id, NEW.action, NEW.entity, NEW."entityId", NEW.before, NEW.after, NEW.ip, NEW."createdAt") IS NOT DISTINCT FROM (OLD.id, OLD.action, OLD.entity, OLD."entityId", OLD.before, OLD.after, OLD.ip, OLD."createdAt") AND pg_trigger_depth() > 1 THEN RETURN NEW\x3B END IF\x3B RAISE EXCEPTION ''the audit log is append-only'' USING ERRCODE = ''insufficient_privilege''\x3B END';

CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
