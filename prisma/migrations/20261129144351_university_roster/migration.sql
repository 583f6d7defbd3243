-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "years" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "Student" ADD COLUMN     "yearOfStudy" INTEGER;

