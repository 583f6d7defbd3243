-- DropIndex
DROP INDEX "Offer_status_publishedAt_idx";

-- AlterTable
ALTER TABLE "Student" ADD COLUMN     "fieldOfStudy" TEXT;

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "expiryNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "searchTitle" TEXT,
ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Offer_status_publishedAt_id_idx" ON "Offer"("status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Offer_status_deadline_idx" ON "Offer"("status", "deadline");

-- CreateIndex
CREATE INDEX "Offer_searchVector_idx" ON "Offer" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Offer_searchTitle_idx" ON "Offer" USING GIN ("searchTitle" gin_trgm_ops);

