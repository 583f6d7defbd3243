-- CreateEnum
CREATE TYPE "LanguageLevel" AS ENUM ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE');

-- CreateEnum
CREATE TYPE "ProfileImportSource" AS ENUM ('CV', 'LINKEDIN_PDF', 'LINKEDIN_EXPORT');

-- CreateEnum
CREATE TYPE "ProfileImportStatus" AS ENUM ('PENDING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ProfileProposalKind" AS ENUM ('SKILL', 'EDUCATION', 'EXPERIENCE', 'LANGUAGE');

-- CreateEnum
CREATE TYPE "ProfileProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "WorkExperience" (
    "id" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "employer" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "startDate" DATE,
    "endDate" DATE,
    "description" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkExperience_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudentLanguage" (
    "studentId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "level" "LanguageLevel",
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StudentLanguage_pkey" PRIMARY KEY ("studentId","language")
);

-- CreateTable
CREATE TABLE "ProfileImport" (
    "id" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "source" "ProfileImportSource" NOT NULL,
    "status" "ProfileImportStatus" NOT NULL DEFAULT 'PENDING',
    "storageKey" TEXT,
    "fileName" TEXT NOT NULL,
    "failureReason" TEXT,
    "text" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProfileImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileProposal" (
    "id" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ProfileProposalKind" NOT NULL,
    "status" "ProfileProposalStatus" NOT NULL DEFAULT 'PENDING',
    "data" JSONB NOT NULL,
    "evidence" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProfileProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkExperience_studentId_idx" ON "WorkExperience"("studentId");

-- CreateIndex
CREATE INDEX "ProfileImport_studentId_createdAt_idx" ON "ProfileImport"("studentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileProposal_importId_position_key" ON "ProfileProposal"("importId", "position");

-- AddForeignKey
ALTER TABLE "WorkExperience" ADD CONSTRAINT "WorkExperience_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentLanguage" ADD CONSTRAINT "StudentLanguage_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileImport" ADD CONSTRAINT "ProfileImport_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileProposal" ADD CONSTRAINT "ProfileProposal_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ProfileImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

