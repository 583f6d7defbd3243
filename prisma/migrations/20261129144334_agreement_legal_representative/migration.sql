-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "legalRepEmail" CITEXT,
ADD COLUMN     "legalRepName" TEXT;
