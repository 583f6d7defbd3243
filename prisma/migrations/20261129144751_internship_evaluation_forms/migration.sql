-- CreateEnum
CREATE TYPE "EvaluationFormKind" AS ENUM ('TUTOR_MIDTERM', 'TUTOR_FINAL', 'SUPERVISOR', 'STUDENT_SELF', 'STUDENT_HOST');

-- AlterEnum
ALTER TYPE "AuthTokenPurpose" ADD VALUE 'EVALUATION_LINK';

-- DropIndex
DROP INDEX "InternshipEvaluation_internshipId_kind_period_key";

-- AlterTable
-- Rows written before forms existed keep their answers: they are named after their evaluator and period,
-- with form version 0 and an empty copy of the form.
ALTER TABLE "InternshipEvaluation" ADD COLUMN     "evaluatorEmail" CITEXT,
ADD COLUMN     "evaluatorName" TEXT,
ADD COLUMN     "form" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "formKind" "EvaluationFormKind",
ADD COLUMN     "formVersion" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "overall" DROP NOT NULL;

UPDATE "InternshipEvaluation" SET "formKind" = (CASE
  WHEN "kind" = 'TUTOR' AND "period" = 'MIDTERM' THEN 'TUTOR_MIDTERM'
  WHEN "kind" = 'TUTOR' THEN 'TUTOR_FINAL'
  WHEN "kind" = 'SUPERVISOR' THEN 'SUPERVISOR'
  ELSE 'STUDENT_SELF' END)::"EvaluationFormKind";

ALTER TABLE "InternshipEvaluation" ALTER COLUMN "formKind" SET NOT NULL,
ALTER COLUMN "form" DROP DEFAULT,
ALTER COLUMN "formVersion" DROP DEFAULT;

-- CreateTable
CREATE TABLE "EvaluationForm" (
    "id" TEXT NOT NULL,
    "universityId" TEXT NOT NULL,
    "kind" "EvaluationFormKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationForm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvaluationForm_createdById_idx" ON "EvaluationForm"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationForm_universityId_kind_version_key" ON "EvaluationForm"("universityId", "kind", "version");

-- CreateIndex
CREATE UNIQUE INDEX "InternshipEvaluation_internshipId_formKind_key" ON "InternshipEvaluation"("internshipId", "formKind");

-- AddForeignKey
ALTER TABLE "EvaluationForm" ADD CONSTRAINT "EvaluationForm_universityId_fkey" FOREIGN KEY ("universityId") REFERENCES "University"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationForm" ADD CONSTRAINT "EvaluationForm_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

