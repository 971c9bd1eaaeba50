-- DropIndex
DROP INDEX "Source_url_key";

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "placeSet" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "placeCountry" TEXT,
ADD COLUMN     "placeKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "placeLat" DOUBLE PRECISION,
ADD COLUMN     "placeLon" DOUBLE PRECISION,
ADD COLUMN     "placeTimezone" TEXT,
ADD COLUMN     "placeTown" TEXT,
ADD COLUMN     "placeVenue" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_placeKey_key" ON "Source"("url", "placeKey");
