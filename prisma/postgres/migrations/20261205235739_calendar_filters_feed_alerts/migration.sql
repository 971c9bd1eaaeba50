-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channelId" INTEGER,
    "platform" TEXT,
    "userId" TEXT,
    "bodyHash" TEXT,
    "changedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelFilter" (
    "channelId" INTEGER NOT NULL,
    "include" TEXT NOT NULL DEFAULT '',
    "exclude" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelFilter_pkey" PRIMARY KEY ("channelId")
);

-- CreateTable
CREATE TABLE "FeedAlert" (
    "channelId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "alertedAt" TIMESTAMP(3) NOT NULL,
    "recoveredAt" TIMESTAMP(3),

    CONSTRAINT "FeedAlert_pkey" PRIMARY KEY ("channelId","sourceId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_kind_channelId_key" ON "CalendarFeed"("kind", "channelId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_kind_platform_userId_key" ON "CalendarFeed"("kind", "platform", "userId");

-- CreateIndex
CREATE INDEX "FeedAlert_sourceId_idx" ON "FeedAlert"("sourceId");

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelFilter" ADD CONSTRAINT "ChannelFilter_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedAlert" ADD CONSTRAINT "FeedAlert_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedAlert" ADD CONSTRAINT "FeedAlert_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
