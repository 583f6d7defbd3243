-- Schema foundations (issue 6, part 3), in one migration that keeps every row:
-- - every column naming another row is a foreign key with a deliberate ON DELETE,
-- - points in time become timestamptz (the old values were written in UTC), calendar days become date,
-- - mutable tables get "updatedAt" (existing rows: the latest time known of them),
-- - closed vocabularies become enums (currencies, locales, import run status),
-- - money is stored in minor units ("…Minor"), converted with the currency's decimals,
-- - agreements are signed through an ordered circuit of any number of steps,
-- - an account belongs to one enterprise at most,
-- - partial indexes Prisma cannot express (copied in prisma/schema-extras.sql for the drift test).
-- Hand-written from `prisma migrate diff`, which would drop and re-add retyped columns.

-- ───────────────────────── enums ─────────────────────────

CREATE TYPE "Currency" AS ENUM ('EUR', 'CHF', 'GBP', 'USD', 'MAD', 'TND', 'DZD');
CREATE TYPE "Locale" AS ENUM ('fr', 'en', 'ar');
CREATE TYPE "AgreementStepStatus" AS ENUM ('PENDING', 'SIGNED', 'REFUSED');
CREATE TYPE "SignatureMethod" AS ENUM ('PASSWORD', 'EMAIL_CODE', 'PAPER');
CREATE TYPE "ImportRunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- ───────────────────────── identity ─────────────────────────

ALTER TABLE "User" ALTER COLUMN "locale" DROP DEFAULT;
ALTER TABLE "User"
  ALTER COLUMN "emailVerified" SET DATA TYPE TIMESTAMPTZ(3) USING "emailVerified" AT TIME ZONE 'UTC',
  ALTER COLUMN "disabledAt" SET DATA TYPE TIMESTAMPTZ(3) USING "disabledAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "sessionsValidAfter" SET DATA TYPE TIMESTAMPTZ(3) USING "sessionsValidAfter" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC',
  -- Registration accepted only fr, en and ar: a value outside them stops the migration rather than being guessed.
  ALTER COLUMN "locale" SET DATA TYPE "Locale" USING "locale"::"Locale";
ALTER TABLE "User" ALTER COLUMN "locale" SET DEFAULT 'fr';

ALTER TABLE "Account" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Account" ALTER COLUMN "updatedAt" DROP DEFAULT;

ALTER TABLE "Session"
  ALTER COLUMN "expires" SET DATA TYPE TIMESTAMPTZ(3) USING "expires" AT TIME ZONE 'UTC';
ALTER TABLE "Session" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Session" ALTER COLUMN "updatedAt" DROP DEFAULT;

ALTER TABLE "VerificationToken"
  ALTER COLUMN "expires" SET DATA TYPE TIMESTAMPTZ(3) USING "expires" AT TIME ZONE 'UTC';

ALTER TABLE "AuthToken"
  ALTER COLUMN "expiresAt" SET DATA TYPE TIMESTAMPTZ(3) USING "expiresAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "usedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "usedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "AuthToken" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "AuthToken" SET "updatedAt" = greatest("createdAt", "usedAt");
ALTER TABLE "AuthToken" ALTER COLUMN "updatedAt" SET NOT NULL;
CREATE INDEX "AuthToken_userId_idx" ON "AuthToken"("userId");

ALTER TABLE "RefreshToken"
  ALTER COLUMN "expiresAt" SET DATA TYPE TIMESTAMPTZ(3) USING "expiresAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "usedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "usedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "revokedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "revokedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "RefreshToken" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "RefreshToken" SET "updatedAt" = greatest("createdAt", "usedAt", "revokedAt");
ALTER TABLE "RefreshToken" ALTER COLUMN "updatedAt" SET NOT NULL;

-- ───────────────────────── universities and students ─────────────────────────

ALTER TABLE "University"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "University" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "University" SET "updatedAt" = "createdAt";
ALTER TABLE "University" ALTER COLUMN "updatedAt" SET NOT NULL;
ALTER TABLE "Department" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Department" ALTER COLUMN "updatedAt" DROP DEFAULT;
ALTER TABLE "Program" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Program" ALTER COLUMN "updatedAt" DROP DEFAULT;
ALTER TABLE "UniversityStaff" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "UniversityStaff" ALTER COLUMN "updatedAt" DROP DEFAULT;

ALTER TABLE "Student"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
ALTER TABLE "Skill"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "StudentSkill" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "StudentSkill" ALTER COLUMN "updatedAt" DROP DEFAULT;

ALTER TABLE "AcademicRecord"
  ALTER COLUMN "startDate" SET DATA TYPE DATE USING "startDate"::date,
  ALTER COLUMN "endDate" SET DATA TYPE DATE USING "endDate"::date;
ALTER TABLE "AcademicRecord" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "AcademicRecord" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- The minimum stipend was in major units: multiply by the currency's minor units (3 decimals for TND).
ALTER TABLE "InternshipPreference"
  ALTER COLUMN "availableFrom" SET DATA TYPE DATE USING "availableFrom"::date,
  ALTER COLUMN "availableTo" SET DATA TYPE DATE USING "availableTo"::date,
  ALTER COLUMN "minStipend" SET DATA TYPE INTEGER USING "minStipend" * CASE "currency" WHEN 'TND' THEN 1000 ELSE 100 END;
ALTER TABLE "InternshipPreference" RENAME COLUMN "minStipend" TO "minStipendMinor";
ALTER TABLE "InternshipPreference" ALTER COLUMN "currency" DROP DEFAULT;
-- Only the listed currencies were accepted: an unknown one stops the migration rather than mislabel money.
ALTER TABLE "InternshipPreference" ALTER COLUMN "currency" SET DATA TYPE "Currency" USING "currency"::"Currency";
ALTER TABLE "InternshipPreference" ALTER COLUMN "currency" SET DEFAULT 'EUR';
ALTER TABLE "InternshipPreference" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "InternshipPreference" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- ───────────────────────── enterprises ─────────────────────────

ALTER TABLE "Enterprise"
  ALTER COLUMN "verifiedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "verifiedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

-- One enterprise per account. A user in several teams keeps the membership the app already acted
-- on (the oldest: lib/identity/actor.ts took the first by createdAt). Internships tutored through
-- the others keep no tutor (Internship.tutorMemberId is ON DELETE SET NULL).
DELETE FROM "EnterpriseMember" m
USING "EnterpriseMember" kept
WHERE kept."userId" = m."userId" AND (kept."createdAt", kept."id") < (m."createdAt", m."id");
DROP INDEX "EnterpriseMember_userId_idx";
CREATE UNIQUE INDEX "EnterpriseMember_userId_key" ON "EnterpriseMember"("userId");
ALTER TABLE "EnterpriseMember"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "EnterpriseMember" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "EnterpriseMember" SET "updatedAt" = "createdAt";
ALTER TABLE "EnterpriseMember" ALTER COLUMN "updatedAt" SET NOT NULL;

ALTER TABLE "EnterpriseContact" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "EnterpriseContact" ALTER COLUMN "updatedAt" DROP DEFAULT;
ALTER TABLE "EnterpriseLocation" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "EnterpriseLocation" ALTER COLUMN "updatedAt" DROP DEFAULT;
ALTER TABLE "EnterpriseCertification" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "EnterpriseCertification" ALTER COLUMN "updatedAt" DROP DEFAULT;

ALTER TABLE "EnterpriseVerification"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "decidedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "decidedAt" AT TIME ZONE 'UTC';
ALTER TABLE "EnterpriseVerification" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "EnterpriseVerification" SET "updatedAt" = greatest("createdAt", "decidedAt");
ALTER TABLE "EnterpriseVerification" ALTER COLUMN "updatedAt" SET NOT NULL;
UPDATE "EnterpriseVerification" v SET "reviewerId" = NULL
WHERE "reviewerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = v."reviewerId");
ALTER TABLE "EnterpriseVerification" ADD CONSTRAINT "EnterpriseVerification_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "EnterpriseVerification_enterpriseId_idx" ON "EnterpriseVerification"("enterpriseId");
CREATE INDEX "EnterpriseVerification_reviewerId_idx" ON "EnterpriseVerification"("reviewerId");

-- ───────────────────────── offers ─────────────────────────

-- One rewrite of the table: instants, days (a deadline at the end of its UTC day keeps its day),
-- the stipend in minor units, its currency as an enum.
ALTER TABLE "Offer" ALTER COLUMN "stipendCurrency" DROP DEFAULT;
ALTER TABLE "Offer"
  ALTER COLUMN "publishedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "publishedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "closedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "closedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "lastCheckedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "lastCheckedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "expiryNotifiedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "expiryNotifiedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "startFrom" SET DATA TYPE DATE USING "startFrom"::date,
  ALTER COLUMN "startTo" SET DATA TYPE DATE USING "startTo"::date,
  ALTER COLUMN "deadline" SET DATA TYPE DATE USING "deadline"::date,
  ALTER COLUMN "stipendAmount" SET DATA TYPE INTEGER USING "stipendAmount" * CASE "stipendCurrency" WHEN 'TND' THEN 1000 ELSE 100 END,
  ALTER COLUMN "stipendCurrency" SET DATA TYPE "Currency" USING "stipendCurrency"::"Currency";
ALTER TABLE "Offer" ALTER COLUMN "stipendCurrency" SET DEFAULT 'EUR';
ALTER TABLE "Offer" RENAME COLUMN "stipendAmount" TO "stipendAmountMinor";

ALTER TABLE "Favourite"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';

ALTER TABLE "SavedSearch"
  ALTER COLUMN "lastNotifiedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "lastNotifiedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "SavedSearch" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "SavedSearch" SET "updatedAt" = greatest("createdAt", "lastNotifiedAt");
ALTER TABLE "SavedSearch" ALTER COLUMN "updatedAt" SET NOT NULL;

-- ───────────────────────── applications ─────────────────────────

ALTER TABLE "Application"
  ALTER COLUMN "submittedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "submittedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "decidedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "decidedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "ApplicationStatusChange"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
UPDATE "ApplicationStatusChange" c SET "actorId" = NULL
WHERE "actorId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = c."actorId");
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "ApplicationStatusChange_actorId_idx" ON "ApplicationStatusChange"("actorId");

ALTER TABLE "ApplicationEvaluation"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "evaluatorId" DROP NOT NULL;
ALTER TABLE "ApplicationEvaluation" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "ApplicationEvaluation" SET "updatedAt" = "createdAt";
ALTER TABLE "ApplicationEvaluation" ALTER COLUMN "updatedAt" SET NOT NULL;
UPDATE "ApplicationEvaluation" e SET "evaluatorId" = NULL
WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = e."evaluatorId");
ALTER TABLE "ApplicationEvaluation" ADD CONSTRAINT "ApplicationEvaluation_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "ApplicationEvaluation_evaluatorId_idx" ON "ApplicationEvaluation"("evaluatorId");

ALTER TABLE "InterviewSlot"
  ALTER COLUMN "startsAt" SET DATA TYPE TIMESTAMPTZ(3) USING "startsAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "endsAt" SET DATA TYPE TIMESTAMPTZ(3) USING "endsAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "InterviewSlot" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "InterviewSlot" SET "updatedAt" = "createdAt";
ALTER TABLE "InterviewSlot" ALTER COLUMN "updatedAt" SET NOT NULL;

ALTER TABLE "InterviewBooking"
  ALTER COLUMN "reminderSentAt" SET DATA TYPE TIMESTAMPTZ(3) USING "reminderSentAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "InterviewBooking" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "InterviewBooking" SET "updatedAt" = greatest("createdAt", "reminderSentAt");
ALTER TABLE "InterviewBooking" ALTER COLUMN "updatedAt" SET NOT NULL;

-- ───────────────────────── agreements ─────────────────────────

-- One SIGNING state instead of one per party (the steps say whose turn it is). A rejection
-- sends an agreement back to DRAFT, as a refusal does now.
CREATE TYPE "AgreementStatus_new" AS ENUM ('DRAFT', 'SIGNING', 'VALIDATED', 'CANCELLED');
ALTER TABLE "Agreement" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Agreement" ALTER COLUMN "status" SET DATA TYPE "AgreementStatus_new" USING (
  CASE "status"::text
    WHEN 'PENDING_STUDENT' THEN 'SIGNING'
    WHEN 'PENDING_ENTERPRISE' THEN 'SIGNING'
    WHEN 'PENDING_UNIVERSITY' THEN 'SIGNING'
    WHEN 'REJECTED' THEN 'DRAFT'
    ELSE "status"::text
  END)::"AgreementStatus_new";
DROP TYPE "AgreementStatus";
ALTER TYPE "AgreementStatus_new" RENAME TO "AgreementStatus";
ALTER TABLE "Agreement" ALTER COLUMN "status" SET DEFAULT 'DRAFT';

ALTER TABLE "Agreement" ALTER COLUMN "stipendCurrency" DROP DEFAULT;
ALTER TABLE "Agreement"
  ALTER COLUMN "validatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "validatedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "startDate" SET DATA TYPE DATE USING "startDate"::date,
  ALTER COLUMN "endDate" SET DATA TYPE DATE USING "endDate"::date,
  ALTER COLUMN "stipendAmount" SET DATA TYPE INTEGER USING "stipendAmount" * CASE "stipendCurrency" WHEN 'TND' THEN 1000 ELSE 100 END,
  ALTER COLUMN "stipendCurrency" SET DATA TYPE "Currency" USING "stipendCurrency"::"Currency",
  ADD COLUMN "submittedAt" TIMESTAMPTZ(3);
ALTER TABLE "Agreement" ALTER COLUMN "stipendCurrency" SET DEFAULT 'EUR';
ALTER TABLE "Agreement" RENAME COLUMN "stipendAmount" TO "stipendAmountMinor";
-- The supervisor is a UniversityStaff row, as on Internship: a user id found there is mapped to its staff row.
UPDATE "Agreement" a SET "supervisorId" = s."id"
FROM "UniversityStaff" s
WHERE s."userId" = a."supervisorId" AND NOT EXISTS (SELECT 1 FROM "UniversityStaff" t WHERE t."id" = a."supervisorId");
UPDATE "Agreement" a SET "supervisorId" = NULL
WHERE "supervisorId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "UniversityStaff" s WHERE s."id" = a."supervisorId");
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_supervisorId_fkey" FOREIGN KEY ("supervisorId") REFERENCES "UniversityStaff"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Agreement_studentId_idx" ON "Agreement"("studentId");
CREATE INDEX "Agreement_supervisorId_idx" ON "Agreement"("supervisorId");

-- The three fixed parties become the steps of a circuit of any length.
CREATE TYPE "AgreementParty_new" AS ENUM ('STUDENT', 'ENTERPRISE_SIGNATORY', 'TUTOR', 'ACADEMIC_SUPERVISOR', 'UNIVERSITY_VALIDATOR', 'LEGAL_REPRESENTATIVE');

CREATE TABLE "AgreementStep" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "party" "AgreementParty_new" NOT NULL,
    "signerUserId" TEXT,
    "signerName" TEXT,
    "signerEmail" CITEXT,
    "status" "AgreementStepStatus" NOT NULL DEFAULT 'PENDING',
    "deadline" DATE,
    "lastRemindedAt" TIMESTAMPTZ(3),
    "signedAt" TIMESTAMPTZ(3),
    "method" "SignatureMethod",
    "signedIp" TEXT,
    "documentSha256" TEXT,
    "scanDocumentId" TEXT,
    "refusalReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgreementStep_pkey" PRIMARY KEY ("id")
);

-- Each recorded approval becomes a step, in the order given, with its signer as they were then.
-- A rejection or a request for changes becomes a refusal, its comment the reason.
INSERT INTO "AgreementStep" ("id", "agreementId", "order", "party", "signerUserId", "signerName", "signerEmail",
  "status", "signedAt", "refusalReason", "createdAt", "updatedAt")
SELECT a."id", a."agreementId",
  row_number() OVER (PARTITION BY a."agreementId" ORDER BY a."createdAt", a."id"),
  (CASE a."party"::text WHEN 'ENTERPRISE' THEN 'ENTERPRISE_SIGNATORY' WHEN 'UNIVERSITY' THEN 'UNIVERSITY_VALIDATOR' ELSE a."party"::text END)::"AgreementParty_new",
  u."id", u."name", u."email",
  (CASE WHEN a."decision" IN ('SIGNED', 'APPROVED') THEN 'SIGNED' ELSE 'REFUSED' END)::"AgreementStepStatus",
  CASE WHEN a."decision" IN ('SIGNED', 'APPROVED') THEN a."createdAt" AT TIME ZONE 'UTC' END,
  CASE WHEN a."decision" NOT IN ('SIGNED', 'APPROVED') THEN coalesce(a."comment", a."decision"::text) END,
  a."createdAt" AT TIME ZONE 'UTC', a."createdAt" AT TIME ZONE 'UTC'
FROM "AgreementApproval" a
LEFT JOIN "User" u ON u."id" = a."userId";

DROP TABLE "AgreementApproval";
DROP TYPE "ApprovalDecision";
DROP TYPE "AgreementParty";
ALTER TYPE "AgreementParty_new" RENAME TO "AgreementParty";

CREATE UNIQUE INDEX "AgreementStep_scanDocumentId_key" ON "AgreementStep"("scanDocumentId");
CREATE INDEX "AgreementStep_signerUserId_idx" ON "AgreementStep"("signerUserId");
CREATE INDEX "AgreementStep_signerEmail_idx" ON "AgreementStep"("signerEmail");
CREATE UNIQUE INDEX "AgreementStep_agreementId_order_key" ON "AgreementStep"("agreementId", "order");
ALTER TABLE "AgreementStep" ADD CONSTRAINT "AgreementStep_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgreementStep" ADD CONSTRAINT "AgreementStep_signerUserId_fkey" FOREIGN KEY ("signerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AgreementStep" ADD CONSTRAINT "AgreementStep_scanDocumentId_fkey" FOREIGN KEY ("scanDocumentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "AgreementCircuit" (
    "id" TEXT NOT NULL,
    "universityId" TEXT NOT NULL,
    "departmentId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgreementCircuit_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AgreementCircuit_departmentId_idx" ON "AgreementCircuit"("departmentId");
CREATE UNIQUE INDEX "AgreementCircuit_universityId_departmentId_key" ON "AgreementCircuit"("universityId", "departmentId");
-- The unique key above lets NULLs repeat: one circuit per university without a department.
CREATE UNIQUE INDEX "AgreementCircuit_universityId_whole_key" ON "AgreementCircuit"("universityId") WHERE "departmentId" IS NULL;
ALTER TABLE "AgreementCircuit" ADD CONSTRAINT "AgreementCircuit_universityId_fkey" FOREIGN KEY ("universityId") REFERENCES "University"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgreementCircuit" ADD CONSTRAINT "AgreementCircuit_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "AgreementCircuitStep" (
    "id" TEXT NOT NULL,
    "circuitId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "party" "AgreementParty" NOT NULL,
    "deadlineDays" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgreementCircuitStep_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AgreementCircuitStep_circuitId_order_key" ON "AgreementCircuitStep"("circuitId", "order");
ALTER TABLE "AgreementCircuitStep" ADD CONSTRAINT "AgreementCircuitStep_circuitId_fkey" FOREIGN KEY ("circuitId") REFERENCES "AgreementCircuit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "AgreementAmendment"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "decidedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "decidedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "proposedById" DROP NOT NULL;
ALTER TABLE "AgreementAmendment" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "AgreementAmendment" SET "updatedAt" = greatest("createdAt", "decidedAt");
ALTER TABLE "AgreementAmendment" ALTER COLUMN "updatedAt" SET NOT NULL;
UPDATE "AgreementAmendment" a SET "proposedById" = NULL
WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = a."proposedById");
ALTER TABLE "AgreementAmendment" ADD CONSTRAINT "AgreementAmendment_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "AgreementAmendment_proposedById_idx" ON "AgreementAmendment"("proposedById");

-- ───────────────────────── internships ─────────────────────────

ALTER TABLE "Internship"
  ALTER COLUMN "startedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "startedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "completedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "completedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "startDate" SET DATA TYPE DATE USING "startDate"::date,
  ALTER COLUMN "endDate" SET DATA TYPE DATE USING "endDate"::date;
ALTER TABLE "Attendance" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Attendance" ALTER COLUMN "updatedAt" DROP DEFAULT;
ALTER TABLE "ActivityLog"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';

ALTER TABLE "InternshipEvaluation"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "evaluatorId" DROP NOT NULL;
ALTER TABLE "InternshipEvaluation" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "InternshipEvaluation" SET "updatedAt" = "createdAt";
ALTER TABLE "InternshipEvaluation" ALTER COLUMN "updatedAt" SET NOT NULL;
UPDATE "InternshipEvaluation" e SET "evaluatorId" = NULL
WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = e."evaluatorId");
ALTER TABLE "InternshipEvaluation" ADD CONSTRAINT "InternshipEvaluation_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "InternshipEvaluation_evaluatorId_idx" ON "InternshipEvaluation"("evaluatorId");

ALTER TABLE "InternshipIssue"
  ALTER COLUMN "resolvedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "resolvedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "raisedById" DROP NOT NULL;
ALTER TABLE "InternshipIssue" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "InternshipIssue" SET "updatedAt" = greatest("createdAt", "resolvedAt");
ALTER TABLE "InternshipIssue" ALTER COLUMN "updatedAt" SET NOT NULL;
UPDATE "InternshipIssue" i SET "raisedById" = NULL
WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = i."raisedById");
ALTER TABLE "InternshipIssue" ADD CONSTRAINT "InternshipIssue_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "InternshipIssue_raisedById_idx" ON "InternshipIssue"("raisedById");

ALTER TABLE "SupervisorVisit"
  ALTER COLUMN "plannedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "plannedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "doneAt" SET DATA TYPE TIMESTAMPTZ(3) USING "doneAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "SupervisorVisit" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "SupervisorVisit" SET "updatedAt" = greatest("createdAt", "doneAt");
ALTER TABLE "SupervisorVisit" ALTER COLUMN "updatedAt" SET NOT NULL;

-- ───────────────────────── documents ─────────────────────────

ALTER TABLE "Document"
  ALTER COLUMN "validatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "validatedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "deletedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "deletedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC';
UPDATE "Document" d SET "validatedById" = NULL
WHERE "validatedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = d."validatedById");
ALTER TABLE "Document" ADD CONSTRAINT "Document_validatedById_fkey" FOREIGN KEY ("validatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Document_validatedById_idx" ON "Document"("validatedById");

ALTER TABLE "DocumentVersion"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "uploadedById" DROP NOT NULL;
UPDATE "DocumentVersion" v SET "uploadedById" = NULL
WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = v."uploadedById");
ALTER TABLE "DocumentVersion" ADD CONSTRAINT "DocumentVersion_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "DocumentVersion_uploadedById_idx" ON "DocumentVersion"("uploadedById");

ALTER TABLE "Certificate"
  ALTER COLUMN "issuedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "issuedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "revokedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "revokedAt" AT TIME ZONE 'UTC';
ALTER TABLE "Certificate" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "Certificate" SET "updatedAt" = greatest("issuedAt", "revokedAt");
ALTER TABLE "Certificate" ALTER COLUMN "updatedAt" SET NOT NULL;

-- ───────────────────────── notifications ─────────────────────────

ALTER TABLE "Notification"
  ALTER COLUMN "readAt" SET DATA TYPE TIMESTAMPTZ(3) USING "readAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "Notification" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "Notification" SET "updatedAt" = greatest("createdAt", "readAt");
ALTER TABLE "Notification" ALTER COLUMN "updatedAt" SET NOT NULL;

ALTER TABLE "NotificationTemplate"
  ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "locale" SET DATA TYPE "Locale" USING "locale"::"Locale";

ALTER TABLE "NotificationPreference" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "NotificationPreference" ALTER COLUMN "updatedAt" DROP DEFAULT;

ALTER TABLE "PushSubscription"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "PushSubscription" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "PushSubscription" SET "updatedAt" = "createdAt";
ALTER TABLE "PushSubscription" ALTER COLUMN "updatedAt" SET NOT NULL;

ALTER TABLE "EmailMessage"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "sentAt" SET DATA TYPE TIMESTAMPTZ(3) USING "sentAt" AT TIME ZONE 'UTC';
ALTER TABLE "EmailMessage" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "EmailMessage" SET "updatedAt" = greatest("createdAt", "sentAt");
ALTER TABLE "EmailMessage" ALTER COLUMN "updatedAt" SET NOT NULL;

-- ───────────────────────── platform ─────────────────────────

ALTER TABLE "AuditLog"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

ALTER TABLE "OutboxEvent"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "availableAt" SET DATA TYPE TIMESTAMPTZ(3) USING "availableAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "deliveredAt" SET DATA TYPE TIMESTAMPTZ(3) USING "deliveredAt" AT TIME ZONE 'UTC';
ALTER TABLE "OutboxEvent" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "OutboxEvent" SET "updatedAt" = greatest("createdAt", "deliveredAt");
ALTER TABLE "OutboxEvent" ALTER COLUMN "updatedAt" SET NOT NULL;
DROP INDEX "OutboxEvent_deliveredAt_availableAt_idx";
-- The relay's question (lib/core/outbox-relay.ts): undelivered rows that are due. Only those are indexed,
-- so the index stays small however many delivered rows wait for the retention sweep, which uses the second.
CREATE INDEX "OutboxEvent_undelivered_idx" ON "OutboxEvent"("availableAt") WHERE "deliveredAt" IS NULL;
CREATE INDEX "OutboxEvent_deliveredAt_idx" ON "OutboxEvent"("deliveredAt");

ALTER TABLE "WorkflowStep"
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
CREATE INDEX "WorkflowStep_createdAt_idx" ON "WorkflowStep"("createdAt");

-- The feed of an enterprise goes with it, a feed naming an enterprise that no longer exists lists several.
ALTER TABLE "ImportSource"
  ALTER COLUMN "lastRunAt" SET DATA TYPE TIMESTAMPTZ(3) USING "lastRunAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3) USING "createdAt" AT TIME ZONE 'UTC';
ALTER TABLE "ImportSource" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "ImportSource" SET "updatedAt" = greatest("createdAt", "lastRunAt");
ALTER TABLE "ImportSource" ALTER COLUMN "updatedAt" SET NOT NULL;
UPDATE "ImportSource" s SET "enterpriseId" = NULL
WHERE "enterpriseId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Enterprise" e WHERE e."id" = s."enterpriseId");
ALTER TABLE "ImportSource" ADD CONSTRAINT "ImportSource_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "ImportSource_enterpriseId_idx" ON "ImportSource"("enterpriseId");

ALTER TABLE "ImportRun" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "ImportRun"
  ALTER COLUMN "startedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "startedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "finishedAt" SET DATA TYPE TIMESTAMPTZ(3) USING "finishedAt" AT TIME ZONE 'UTC',
  ALTER COLUMN "status" SET DATA TYPE "ImportRunStatus" USING (
    CASE upper("status")
      WHEN 'RUNNING' THEN 'RUNNING'
      WHEN 'SUCCEEDED' THEN 'SUCCEEDED' WHEN 'SUCCESS' THEN 'SUCCEEDED' WHEN 'DONE' THEN 'SUCCEEDED' WHEN 'COMPLETED' THEN 'SUCCEEDED'
      ELSE 'FAILED'
    END)::"ImportRunStatus";
ALTER TABLE "ImportRun" ALTER COLUMN "status" SET DEFAULT 'RUNNING';
ALTER TABLE "ImportRun" ADD COLUMN "updatedAt" TIMESTAMPTZ(3);
UPDATE "ImportRun" SET "updatedAt" = greatest("startedAt", "finishedAt");
ALTER TABLE "ImportRun" ALTER COLUMN "updatedAt" SET NOT NULL;
