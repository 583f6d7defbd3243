-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "searchSample" SMALLINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Offer_searchHead_idx" ON "Offer" USING GIN ("searchHead");

-- CreateIndex
CREATE INDEX "Offer_status_searchSample_idx" ON "Offer"("status", "searchSample");

-- Backfill: the slot of every offer and the words of every published offer, as
-- lib/offers/refresh-offer-search.ts and lib/offers/search-words.ts write them.
UPDATE "Offer" SET "searchSample" = hashtext(id) & 1023;

INSERT INTO "SearchWord" (word)
SELECT DISTINCT w.word
FROM "Offer" o
JOIN "Enterprise" e ON e.id = o."enterpriseId",
LATERAL regexp_split_to_table(lower(unaccent(concat_ws(' ', o.title, array_to_string(o."searchSkills", ' '), o.field, o.city, e.name, o.description, o.missions))), '[^a-z0-9]+') AS w(word)
WHERE o.status = 'PUBLISHED' AND length(w.word) BETWEEN 3 AND 30 AND w.word !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;
