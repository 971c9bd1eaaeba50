-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "token" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channelId" INTEGER,
    "platform" TEXT,
    "userId" TEXT,
    "bodyHash" TEXT,
    "changedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarFeed_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChannelFilter" (
    "channelId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "include" TEXT NOT NULL DEFAULT '',
    "exclude" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChannelFilter_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedAlert" (
    "channelId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "alertedAt" DATETIME NOT NULL,
    "recoveredAt" DATETIME,

    PRIMARY KEY ("channelId", "sourceId"),
    CONSTRAINT "FeedAlert_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FeedAlert_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_kind_channelId_key" ON "CalendarFeed"("kind", "channelId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_kind_platform_userId_key" ON "CalendarFeed"("kind", "platform", "userId");

-- CreateIndex
CREATE INDEX "FeedAlert_sourceId_idx" ON "FeedAlert"("sourceId");
