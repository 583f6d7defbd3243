-- AlterTable
ALTER TABLE "OutboxEvent" ADD COLUMN     "requestId" TEXT;


-- The audit log is append-only for the application. The one change allowed is the one the
-- foreign key makes when an actor's User row is deleted (ON DELETE SET NULL), which only clears actorId
-- and runs inside the foreign key's own trigger (pg_trigger_depth above 1), never as a statement of its own.
-- The body is an escaped string (\x3B is a semicolon) because Prisma's migration runner splits scripts on semicolons.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN IF TG_OP = ''UPDATE'' AND OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL AND (NEW.id, NEW.action, NEW.entity, NEW."entityId", NEW.before, NEW.after, NEW.ip, NEW."createdAt") IS NOT DISTINCT FROM (OLD.id, OLD.action, OLD.entity, OLD."entityId", OLD.before, OLD.after, OLD.ip, OLD."createdAt") AND pg_trigger_depth() > 1 THEN RETURN NEW\x3B END IF\x3B RAISE EXCEPTION ''the audit log is append-only'' USING ERRCODE = ''insufficient_privilege''\x3B END';

CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
