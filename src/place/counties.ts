import type { PlaceFilter } from './gazetteer.js';

/**
 * Counties of the United Kingdom and Ireland, as people write them after a
 * town ("Truro, Cornwall", "Kendal, Cumbria", "Ennis, Co. Clare"). The
 * gazetteer keeps no counties, only the UK's nations (GeoNames admin1
 * ENG/SCT/WLS/NIR) and Ireland's provinces, so a county narrows to its
 * nation, or to Ireland.
 *
 * Listed: England's ceremonial counties with the historic and short names
 * still written ("Middlesex", "Westmorland", "Herts", "Co. Durham"),
 * Scotland's council areas and old counties, Wales's principal areas and
 * preserved counties, Northern Ireland's six counties and Ireland's 26.
 * Council areas named as their city ("Glasgow", "Cardiff", "Bristol") are
 * left out: the city is a place already, and as a place it narrows too.
 *
 * Many of these are also towns elsewhere (Durham NC, Kent WA, Norfolk VA,
 * Cornwall ON, Surrey BC): qualifiers.ts reads them only where asked to
 * (`counties: true`, what a person types), and region.ts only after a town
 * that is in them; written alone, the name is the town.
 */
// prettier-ignore
const ENGLAND: readonly string[] = [
  'Bedfordshire', 'Beds', 'Berkshire', 'Berks', 'City of Bristol', 'Buckinghamshire', 'Bucks', 'Cambridgeshire', 'Cambs',
  'Huntingdonshire', 'Cheshire', 'Cornwall', 'Cumbria', 'Cumberland', 'Westmorland', 'Derbyshire', 'Devon', 'Dorset',
  'Durham', 'County Durham', 'Co. Durham', 'Co Durham', 'East Riding of Yorkshire', 'East Yorkshire', 'East Riding',
  'Yorkshire', 'North Yorkshire', 'South Yorkshire', 'West Yorkshire', 'Yorks', 'Humberside', 'Cleveland', 'Essex',
  'Sussex', 'East Sussex', 'West Sussex', 'Gloucestershire', 'Glos', 'Greater London', 'Middlesex', 'Greater Manchester',
  'Hampshire', 'Hants', 'Herefordshire', 'Hertfordshire', 'Herts', 'Isle of Wight', 'Kent', 'Lancashire', 'Lancs',
  'Leicestershire', 'Leics', 'Lincolnshire', 'Lincs', 'Merseyside', 'Norfolk', 'Northamptonshire', 'Northants',
  'Northumberland', 'Nottinghamshire', 'Notts', 'Oxfordshire', 'Oxon', 'Rutland', 'Shropshire', 'Salop', 'Somerset',
  'Avon', 'Staffordshire', 'Staffs', 'Suffolk', 'Surrey', 'Tyne and Wear', 'Warwickshire', 'West Midlands', 'Wiltshire',
  'Wilts', 'Worcestershire', 'Worcs',
];

// prettier-ignore
const SCOTLAND: readonly string[] = [
  'Aberdeen City', 'Aberdeenshire', 'Angus', 'Argyll and Bute', 'Argyll', 'Clackmannanshire', 'Dumfries and Galloway',
  'Dumfriesshire', 'Dundee City', 'Ayrshire', 'East Ayrshire', 'North Ayrshire', 'South Ayrshire', 'Dunbartonshire',
  'East Dunbartonshire', 'West Dunbartonshire', 'Lothian', 'East Lothian', 'Midlothian', 'West Lothian', 'City of Edinburgh',
  'East Renfrewshire', 'Renfrewshire', 'Falkirk', 'Fife', 'Glasgow City', 'Highland', 'Highlands', 'Inverclyde', 'Moray',
  'Na h-Eileanan Siar', 'Western Isles', 'Outer Hebrides', 'Lanarkshire', 'North Lanarkshire', 'South Lanarkshire',
  'Orkney', 'Orkney Islands', 'Shetland', 'Shetland Islands', 'Perth and Kinross', 'Perthshire', 'Scottish Borders',
  'Borders', 'Stirling', 'Stirlingshire', 'Strathclyde', 'Tayside', 'Grampian', 'Caithness', 'Sutherland', 'Ross-shire',
  'Inverness-shire', 'Kincardineshire', 'Banffshire', 'Berwickshire', 'Roxburghshire', 'Kirkcudbrightshire', 'Wigtownshire',
];

// prettier-ignore
const WALES: readonly string[] = [
  'Blaenau Gwent', 'Bridgend', 'Caerphilly', 'Carmarthenshire', 'Ceredigion', 'Cardiganshire', 'Conwy', 'Denbighshire',
  'Flintshire', 'Gwynedd', 'Isle of Anglesey', 'Anglesey', 'Ynys Môn', 'Merthyr Tydfil', 'Monmouthshire',
  'Neath Port Talbot', 'Pembrokeshire', 'Powys', 'Rhondda Cynon Taf', 'Rhondda Cynon Taff', 'Torfaen', 'Vale of Glamorgan',
  'Wrexham', 'Clwyd', 'Dyfed', 'Gwent', 'Glamorgan', 'Mid Glamorgan', 'South Glamorgan', 'West Glamorgan', 'Brecknockshire',
  'Caernarfonshire', 'Merionethshire', 'Montgomeryshire', 'Radnorshire',
];

/** Northern Ireland's counties; "Derry" and "Londonderry" alone are the city, so only as "County Londonderry". */
const NORTHERN_IRELAND: readonly string[] = ['Antrim', 'Armagh', 'Down', 'Fermanagh', 'Tyrone'];
const NORTHERN_IRELAND_PREFIXED_ONLY: readonly string[] = ['Londonderry', 'Derry'];

// prettier-ignore
const IRELAND: readonly string[] = [
  'Carlow', 'Cavan', 'Clare', 'Cork', 'Donegal', 'Dublin', 'Galway', 'Kerry', 'Kildare', 'Kilkenny', 'Laois', 'Leitrim',
  'Limerick', 'Longford', 'Louth', 'Mayo', 'Meath', 'Monaghan', 'Offaly', 'Roscommon', 'Sligo', 'Tipperary', 'Waterford',
  'Westmeath', 'Wexford', 'Wicklow',
];

/** "Clare", "County Clare", "Co. Clare", "Co Clare". */
function irishForms(county: string, bare: boolean): string[] {
  return [...(bare ? [county] : []), `County ${county}`, `Co. ${county}`, `Co ${county}`];
}

/** Every county name with the filter it narrows to. */
export function countyNames(): [string, PlaceFilter][] {
  const nation = (admin1: string) => ({ country: 'GB', admin1 });
  return [
    ...ENGLAND.map((n): [string, PlaceFilter] => [n, nation('ENG')]),
    ...SCOTLAND.map((n): [string, PlaceFilter] => [n, nation('SCT')]),
    ...WALES.map((n): [string, PlaceFilter] => [n, nation('WLS')]),
    ...NORTHERN_IRELAND.flatMap((c) => irishForms(c, true)).map((n): [string, PlaceFilter] => [n, nation('NIR')]),
    ...NORTHERN_IRELAND_PREFIXED_ONLY.flatMap((c) => irishForms(c, false)).map((n): [string, PlaceFilter] => [n, nation('NIR')]),
    ...IRELAND.flatMap((c) => irishForms(c, true)).map((n): [string, PlaceFilter] => [n, { country: 'IE', admin1: null }]),
  ];
}
