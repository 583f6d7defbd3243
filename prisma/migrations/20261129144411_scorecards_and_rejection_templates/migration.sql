-- CreateEnum
CREATE TYPE "Recommendation" AS ENUM ('STRONG_NO', 'NO', 'YES', 'STRONG_YES');

-- DropIndex
DROP INDEX "ApplicationEvaluation_applicationId_idx";

-- AlterTable (hand-edited: rows written before scorecards keep their score as the mean, with no
-- criteria and a neutral YES, since the app never wrote any)
ALTER TABLE "ApplicationEvaluation" ADD COLUMN "recommendation" "Recommendation" NOT NULL DEFAULT 'YES';
ALTER TABLE "ApplicationEvaluation" ALTER COLUMN "recommendation" DROP DEFAULT;
ALTER TABLE "ApplicationEvaluation" ALTER COLUMN "score" SET DATA TYPE DOUBLE PRECISION USING "score"::double precision;
UPDATE "ApplicationEvaluation" SET "criteria" = '[]'::jsonb WHERE "criteria" IS NULL;
ALTER TABLE "ApplicationEvaluation" ALTER COLUMN "criteria" SET NOT NULL;
-- One scorecard per evaluator and application: older duplicates are removed, the latest kept
DELETE FROM "ApplicationEvaluation" e USING "ApplicationEvaluation" newer
  WHERE e."applicationId" = newer."applicationId" AND e."evaluatorId" = newer."evaluatorId"
  AND (e."updatedAt", e.id) < (newer."updatedAt", newer.id);

-- CreateTable
CREATE TABLE "OfferScorecard" (
    "offerId" TEXT NOT NULL,
    "criteria" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OfferScorecard_pkey" PRIMARY KEY ("offerId")
);

-- CreateTable
CREATE TABLE "RejectionTemplate" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reason" "RejectionReason",
    "bodyFr" TEXT,
    "bodyEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RejectionTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RejectionTemplate_enterpriseId_name_key" ON "RejectionTemplate"("enterpriseId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationEvaluation_applicationId_evaluatorId_key" ON "ApplicationEvaluation"("applicationId", "evaluatorId");

-- AddForeignKey
ALTER TABLE "OfferScorecard" ADD CONSTRAINT "OfferScorecard_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RejectionTemplate" ADD CONSTRAINT "RejectionTemplate_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

