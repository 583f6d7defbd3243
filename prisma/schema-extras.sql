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

-- An application's furthest stage (1 shortlisted, 2 interview, 3 accepted) is kept by the database,
-- from its status and from each change of its history, so that the funnels read one column.
-- The bodies are plain strings without semicolons (or \x3B escapes) because Prisma's migration runner splits scripts on semicolons.
CREATE FUNCTION "application_stage_rank"(status text) RETURNS smallint LANGUAGE sql IMMUTABLE AS 'SELECT (CASE status WHEN ''ACCEPTED'' THEN 3 WHEN ''INTERVIEW'' THEN 2 WHEN ''SHORTLISTED'' THEN 1 ELSE 0 END)::smallint';

CREATE FUNCTION "application_furthest_stage"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW."furthestStage" := greatest(NEW."furthestStage", "application_stage_rank"(NEW.status::text))\x3B RETURN NEW\x3B END';

CREATE TRIGGER "Application_furthest_stage" BEFORE INSERT OR UPDATE OF status ON "Application" FOR EACH ROW EXECUTE FUNCTION "application_furthest_stage"();

CREATE FUNCTION "application_history_stage"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN UPDATE "Application" SET "furthestStage" = "application_stage_rank"(NEW."toStatus"::text) WHERE id = NEW."applicationId" AND "furthestStage" < "application_stage_rank"(NEW."toStatus"::text)\x3B RETURN NULL\x3B END';

CREATE TRIGGER "ApplicationStatusChange_furthest_stage" AFTER INSERT ON "ApplicationStatusChange" FOR EACH ROW EXECUTE FUNCTION "application_history_stage"();
