-- DropIndex
DROP INDEX "Event_lat_lon_idx";

-- DropIndex
DROP INDEX "Event_start_idx";

-- CreateIndex
CREATE INDEX "Event_start_lat_lon_idx" ON "Event"("start", "lat", "lon");
