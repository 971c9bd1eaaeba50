/**
 * UK postcode AREAS (the leading letters: "B" of "B5 4BU") → the principal
 * post town the area is named after, plus the Crown Dependencies that share
 * the UK postcode system (GY Guernsey, JE Jersey, IM Isle of Man).
 *
 * Precision is AREA level only: "B5 4BU" is placed at the centre of
 * Birmingham, even though the B area also covers Solihull and Sutton
 * Coldfield; "TD" (Galashiels) covers most of the Scottish Borders; the
 * London areas (E EC N NW SE SW W WC) all map to central London, while outer
 * London areas (BR CR DA EN HA IG KT RM SM TW UB) map to their own towns.
 * This is honest for "which region is this event in?" with a radius of
 * 10–50 km; it is not a street-level geocoder. The list is public knowledge
 * (Royal Mail's 121 geographic areas, non-geographic BF/BX omitted).
 *
 * Format per entry: area, town as GeoNames spells it, country, admin1.
 */
export interface PostcodeArea {
  area: string;
  town: string;
  country: string;
  admin1: string | null;
}

const TABLE = `
AB Aberdeen SCT|AL St Albans ENG|B Birmingham ENG|BA Bath ENG|BB Blackburn ENG|BD Bradford ENG|
BH Bournemouth ENG|BL Bolton ENG|BN Brighton ENG|BR Bromley ENG|BS Bristol ENG|BT Belfast NIR|
CA Carlisle ENG|CB Cambridge ENG|CF Cardiff WLS|CH Chester ENG|CM Chelmsford ENG|CO Colchester ENG|
CR Croydon ENG|CT Canterbury ENG|CV Coventry ENG|CW Crewe ENG|DA Dartford ENG|DD Dundee SCT|
DE Derby ENG|DG Dumfries SCT|DH Durham ENG|DL Darlington ENG|DN Doncaster ENG|DT Dorchester ENG|
DY Dudley ENG|E London ENG|EC London ENG|EH Edinburgh SCT|EN Enfield Town ENG|EX Exeter ENG|
FK Falkirk SCT|FY Blackpool ENG|G Glasgow SCT|GL Gloucester ENG|GU Guildford ENG|HA Harrow ENG|
HD Huddersfield ENG|HG Harrogate ENG|HP Hemel Hempstead ENG|HR Hereford ENG|HS Stornoway SCT|
HU Kingston upon Hull ENG|HX Halifax ENG|IG Ilford ENG|IP Ipswich ENG|IV Inverness SCT|
KA Kilmarnock SCT|KT Kingston upon Thames ENG|KW Kirkwall SCT|KY Kirkcaldy SCT|L Liverpool ENG|
LA Lancaster ENG|LD Llandrindod Wells WLS|LE Leicester ENG|LL Llandudno WLS|LN Lincoln ENG|
LS Leeds ENG|LU Luton ENG|M Manchester ENG|ME Rochester ENG|MK Milton Keynes ENG|ML Motherwell SCT|
N London ENG|NE Newcastle upon Tyne ENG|NG Nottingham ENG|NN Northampton ENG|NP Newport WLS|
NR Norwich ENG|NW London ENG|OL Oldham ENG|OX Oxford ENG|PA Paisley SCT|PE Peterborough ENG|
PH Perth SCT|PL Plymouth ENG|PO Portsmouth ENG|PR Preston ENG|RG Reading ENG|RH Redhill ENG|
RM Romford ENG|S Sheffield ENG|SA Swansea WLS|SE London ENG|SG Stevenage ENG|SK Stockport ENG|
SL Slough ENG|SM Sutton ENG|SN Swindon ENG|SO Southampton ENG|SP Salisbury ENG|SR Sunderland ENG|
SS Southend-on-Sea ENG|ST Stoke-on-Trent ENG|SW London ENG|SY Shrewsbury ENG|TA Taunton ENG|
TD Galashiels SCT|TF Telford ENG|TN Tonbridge ENG|TQ Torquay ENG|TR Truro ENG|TS Middlesbrough ENG|
TW Twickenham ENG|UB Southall ENG|W London ENG|WA Warrington ENG|WC London ENG|WD Watford ENG|
WF Wakefield ENG|WN Wigan ENG|WR Worcester ENG|WS Walsall ENG|WV Wolverhampton ENG|YO York ENG|
ZE Lerwick SCT|GY Saint Peter Port @GG|JE Saint Helier @JE|IM Douglas @IM`;

/** Parses "AREA Town Name NATION" or "AREA Town Name @CC" (Crown Dependencies: own country code). */
function parseEntry(entry: string): PostcodeArea {
  const words = entry.trim().split(/\s+/);
  const area = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const town = words.slice(1, -1).join(' ');
  if (last.startsWith('@')) return { area, town, country: last.slice(1), admin1: null };
  return { area, town, country: 'GB', admin1: last };
}

export const POSTCODE_AREAS: ReadonlyMap<string, PostcodeArea> = new Map(
  TABLE.split('|')
    .filter((e) => e.trim() !== '')
    .map((e) => {
      const parsed = parseEntry(e);
      return [parsed.area, parsed] as const;
    }),
);
