import type { Attendance, EventStatus } from '../core/event.js';
import { feedPlaceKey, type FeedPlace, type HomeArea, type HomeBasis } from '../core/placement.js';
import type { ChannelRecord, PostRecord, SourceRecord, StoredEvent, UserPrefRecord } from '../core/ports.js';
import type { Channel, Event, Post, Source, UserPref } from './generated/sqlite/client.js';

/**
 * Database rows → port records. Every repository returns these, so no Prisma
 * type leaves src/store. String columns that hold a closed set of values
 * (status, attendance, postMode, …) are only ever written from the typed port
 * records, so they are narrowed here without re-validation.
 */

export function toSource(r: Source): SourceRecord {
  return {
    id: r.id,
    url: r.url,
    kind: r.kind,
    title: r.title,
    etag: r.etag,
    lastModified: r.lastModified,
    nextCheckAt: r.nextCheckAt,
    failureCount: r.failureCount,
    lastError: r.lastError,
    lastSuccessAt: r.lastSuccessAt,
    lastCheckedAt: r.lastCheckedAt,
    home: toHome(r),
    place: toPlace(r),
  };
}

const HOME_BASES: readonly string[] = ['events', 'calendar', 'region', 'set'] satisfies HomeBasis[];

function toHome(r: Source): HomeArea | null {
  if (r.homeLat === null || r.homeLon === null || !r.homeLabel || !r.homeTimezone) return null;
  const basis = HOME_BASES.includes(r.homeBasis ?? '') ? (r.homeBasis as HomeBasis) : 'events';
  return { lat: r.homeLat, lon: r.homeLon, label: r.homeLabel, country: r.homeCountry, timezone: r.homeTimezone, basis };
}

/** A home area as Source columns (null clears them). */
export function homeColumns(h: HomeArea | null) {
  return {
    homeLat: h?.lat ?? null,
    homeLon: h?.lon ?? null,
    homeLabel: h?.label ?? null,
    homeCountry: h?.country ?? null,
    homeTimezone: h?.timezone ?? null,
    homeBasis: h?.basis ?? null,
  };
}

function toPlace(r: Source): FeedPlace | null {
  if (r.placeKey === '' || r.placeLat === null || r.placeLon === null || !r.placeTown || !r.placeTimezone) return null;
  return { venue: r.placeVenue, town: r.placeTown, lat: r.placeLat, lon: r.placeLon, country: r.placeCountry, timezone: r.placeTimezone };
}

/** A set place as Source columns (null clears them). */
export function placeColumns(p: FeedPlace | null) {
  return {
    placeKey: feedPlaceKey(p),
    placeTown: p?.town ?? null,
    placeVenue: p?.venue ?? null,
    placeLat: p?.lat ?? null,
    placeLon: p?.lon ?? null,
    placeCountry: p?.country ?? null,
    placeTimezone: p?.timezone ?? null,
  };
}

export function toEvent(r: Event): StoredEvent {
  return {
    id: r.id,
    url: r.canonicalUrl,
    title: r.title,
    description: r.description,
    start: r.start,
    end: r.end,
    timezone: r.timezone,
    allDay: r.allDay,
    venue: r.venue,
    address: r.address,
    lat: r.lat,
    lon: r.lon,
    locality: r.locality,
    country: r.country,
    attendance: r.attendance as Attendance,
    status: r.status as EventStatus,
    organiser: r.organiser,
    ...(r.placeSet ? { placedBy: 'set' as const } : {}),
    contentHash: r.contentHash,
    version: r.version,
    lastChange: r.lastChange,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function toChannel(r: Channel): ChannelRecord {
  return {
    id: r.id,
    platform: r.platform,
    workspaceId: r.workspaceId,
    channelId: r.channelId,
    regionName: r.regionName,
    regionLat: r.regionLat,
    regionLon: r.regionLon,
    radiusKm: r.radiusKm,
    timezone: r.timezone,
    postMode: r.postMode as ChannelRecord['postMode'],
    digestDay: r.digestDay,
    digestTime: r.digestTime,
    digestEmptyNote: r.digestEmptyNote,
    adminRoleId: r.adminRoleId,
  };
}

export function toPost(r: Post): PostRecord {
  return {
    id: r.id,
    channelId: r.channelId,
    kind: r.kind as PostRecord['kind'],
    eventId: r.eventId,
    digestKey: r.digestKey,
    state: r.state as PostRecord['state'],
    messageId: r.messageId,
    eventVersion: r.eventVersion,
    countsDirty: r.countsDirty,
    attempts: r.attempts,
    editedAt: r.editedAt,
  };
}

export function toUserPref(r: UserPref): UserPrefRecord {
  return {
    platform: r.platform,
    userId: r.userId,
    homeName: r.homeName,
    homeLat: r.homeLat,
    homeLon: r.homeLon,
    timezone: r.timezone,
    remindMinutes: r.remindMinutes,
    visible: r.visible,
    displayName: r.displayName,
  };
}

/** Drops keys whose value is undefined, so a partial update leaves those columns alone. */
export function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
