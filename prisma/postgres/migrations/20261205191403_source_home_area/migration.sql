-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "homeBasis" TEXT,
ADD COLUMN     "homeCountry" TEXT,
ADD COLUMN     "homeLabel" TEXT,
ADD COLUMN     "homeLat" DOUBLE PRECISION,
ADD COLUMN     "homeLon" DOUBLE PRECISION,
ADD COLUMN     "homeTimezone" TEXT;
