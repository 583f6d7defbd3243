-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "furthestStage" SMALLINT NOT NULL DEFAULT 0;


-- An application's furthest stage (1 shortlisted, 2 interview, 3 accepted) is kept by the database,
-- from its status and from each change of its history, so that the funnels read one column.
-- The bodies are plain strings without semicolons (or \x3B escapes) because Prisma's migration runner splits scripts on semicolons.
CREATE FUNCTION "application_stage_rank"(status text) RETURNS smallint LANGUAGE sql IMMUTABLE AS 'SELECT (CASE status WHEN ''ACCEPTED'' THEN 3 WHEN ''INTERVIEW'' THEN 2 WHEN ''SHORTLISTED'' THEN 1 ELSE 0 END)::smallint';

CREATE FUNCTION "application_furthest_stage"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN NEW."furthestStage" := greatest(NEW."furthestStage", "application_stage_rank"(NEW.status::text))\x3B RETURN NEW\x3B END';

CREATE TRIGGER "Application_furthest_stage" BEFORE INSERT OR UPDATE OF status ON "Application" FOR EACH ROW EXECUTE FUNCTION "application_furthest_stage"();

CREATE FUNCTION "application_history_stage"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN UPDATE "Application" SET "furthestStage" = "application_stage_rank"(NEW."toStatus"::text) WHERE id = NEW."applicationId" AND "furthestStage" < "application_stage_rank"(NEW."toStatus"::text)\x3B RETURN NULL\x3B END';

CREATE TRIGGER "ApplicationStatusChange_furthest_stage" AFTER INSERT ON "ApplicationStatusChange" FOR EACH ROW EXECUTE FUNCTION "application_history_stage"();

-- The applications already there: their status, or the furthest stage of their history.
UPDATE "Application" a SET "furthestStage" = s.stage FROM (
  SELECT a2.id, greatest("application_stage_rank"(a2.status::text), coalesce(max("application_stage_rank"(h."toStatus"::text)), 0)) AS stage
  FROM "Application" a2 LEFT JOIN "ApplicationStatusChange" h ON h."applicationId" = a2.id GROUP BY a2.id
) s WHERE s.id = a.id AND s.stage > 0;
