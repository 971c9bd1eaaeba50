/**
 * A location that names only a part of a building — a floor, a lobby, a
 * numbered room — and no venue: "Level 3", "3rd Floor", "West Foyer",
 * "Sidney Poitier Grand Lobby", "Gallery 4", "Studio B", "Room 201A",
 * "Auditorium", "Main Hall". A museum's or a library's calendar writes its
 * rooms so, leaving the house unsaid (ingest/room-location.ts puts them in
 * the feed's main venue). A named hall, theatre or gallery is a venue of its
 * own: "Carnegie Hall", "Shrine Auditorium", "Tate Gallery" are not rooms.
 */
export function namesOnlyAPartOfABuilding(text: string | null): boolean {
  // Cheap pre-check: one short part, no comma or line break.
  if (!text || text.length > 50 || text.includes(',') || text.includes('\n')) return false;
  // "Hall C (Plenary)": what the room is used for, in brackets, is no part of its name.
  const t = text.trim().replace(/\s*\([^()]{1,30}\)$/, '');
  return PART_AT_END.test(t) || FLOOR.test(t) || NTH_FLOOR.test(t) || ROOM.test(t);
}

/** "West Foyer", "Sidney Poitier Grand Lobby": words that are always inside a building, at the end of a short name. */
const PART_AT_END = /^(?:[\p{L}\d'’.-]+\s+){0,4}(?:lobby|foyer|atrium|mezzanine|rooftop|concourse|balcony|basement)$/iu;
/** "Level 3", "Floor 2", "Level B1 Lounge". */
const FLOOR = /^(?:level|floor|étage|etage|ebene)\s+[a-z]?\d{0,2}[a-z]?(?:\s+(?:lounge|terrace|galler(?:y|ies)|theat(?:er|re)))?$/iu;
/** "3rd Floor", "Ground Floor", "Upper Level". */
const NTH_FLOOR = /^(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|top|upper|lower|main)\s+(?:floor|level)$/iu;
/** "Gallery 4", "Studio B", "Meeting Room", "Main Hall", "Auditorium": a kind of room, plain or numbered. */
const ROOM = new RegExp(
  String.raw`^(?:(?:main|grand|small|large|upper|lower|east|west|north|south|central|multi-?purpose|community|meeting|conference|screening|seminar|lecture|media|education|learning|exhibition)\s+){0,2}` +
    String.raw`(?:room|galler(?:y|ies)|studio|theat(?:er|re)|auditorium|hall|lounge|classroom|courtyard|terrace|salle|raum|saal)` +
    String.raw`(?:\s+(?:\d[\w.-]{0,4}|[a-z]\d{0,3}|[ivx]{1,4}))?$`,
  'iu',
);
