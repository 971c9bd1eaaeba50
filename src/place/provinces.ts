import type { PlaceFilter } from './gazetteer.js';
import { fold } from './text.js';

/**
 * Second-level areas people write after a town: France's départements
 * ("Vesseaux, Ardèche", "Annecy (74)"), Spain's provinces ("Estepona,
 * Málaga"), Portugal's districts ("Sátão, Viseu") and Italy's provinces
 * ("Rho, Milano", "Cernobbio (CO)"). The gazetteer keeps only the first
 * level (GeoNames admin1: France's regions, Spain's autonomous communities,
 * Italy's regions; Portugal's districts are its admin1), so each area
 * narrows to its admin1, and `seat` (the prefecture or capital) says where
 * in it the area is.
 *
 * One line per area, grouped by country:
 *   <GeoNames admin1> <code> <name>[/<other name>…][ = <seat>]
 * The code is the département's INSEE number, the province's INE number
 * (ISO 3166-2:FR, ES), the district's ISO 3166-2:PT number or the
 * province's sigla (ISO 3166-2:IT). Without "= seat", a French or Spanish
 * area's seat is its number's town in postcode-regions.ts (the same
 * numbers), any other's its first name; "= -": no one centre (archipelagos).
 * Names are matched folded (text.ts: accents, hyphens, "St"), and a French
 * "Haute-"/"Hautes-"/"Hauts-" also as "Hte-"/"Htes-"/"Hts-".
 */
// France: the départements by INSEE number (ISO 3166-2:FR), in the regions of 2016.
// prettier-ignore
const FR = `
84 01 Ain
84 03 Allier
84 07 Ardèche
84 15 Cantal
84 26 Drôme
84 38 Isère
84 42 Loire
84 43 Haute-Loire
84 63 Puy-de-Dôme
84 69 Rhône
84 73 Savoie
84 74 Haute-Savoie
27 21 Côte-d'Or
27 25 Doubs
27 39 Jura
27 58 Nièvre
27 70 Haute-Saône
27 71 Saône-et-Loire
27 89 Yonne
27 90 Territoire de Belfort
53 22 Côtes-d'Armor
53 29 Finistère
53 35 Ille-et-Vilaine
53 56 Morbihan
24 18 Cher
24 28 Eure-et-Loir
24 36 Indre
24 37 Indre-et-Loire
24 41 Loir-et-Cher
24 45 Loiret
94 2A Corse-du-Sud = Ajaccio
94 2B Haute-Corse = Bastia
44 08 Ardennes
44 10 Aube
44 51 Marne
44 52 Haute-Marne
44 54 Meurthe-et-Moselle
44 55 Meuse
44 57 Moselle
44 67 Bas-Rhin
44 68 Haut-Rhin
44 88 Vosges
32 02 Aisne
32 59 Nord
32 60 Oise
32 62 Pas-de-Calais
32 80 Somme
11 75 Paris
11 77 Seine-et-Marne
11 78 Yvelines
11 91 Essonne
11 92 Hauts-de-Seine
11 93 Seine-Saint-Denis
11 94 Val-de-Marne
11 95 Val-d'Oise
28 14 Calvados
28 27 Eure
28 50 Manche
28 61 Orne
28 76 Seine-Maritime
75 16 Charente
75 17 Charente-Maritime
75 19 Corrèze
75 23 Creuse
75 24 Dordogne
75 33 Gironde
75 40 Landes
75 47 Lot-et-Garonne
75 64 Pyrénées-Atlantiques
75 79 Deux-Sèvres
75 86 Vienne
75 87 Haute-Vienne
76 09 Ariège
76 11 Aude
76 12 Aveyron
76 30 Gard
76 31 Haute-Garonne
76 32 Gers
76 34 Hérault
76 46 Lot
76 48 Lozère
76 65 Hautes-Pyrénées
76 66 Pyrénées-Orientales
76 81 Tarn
76 82 Tarn-et-Garonne
52 44 Loire-Atlantique
52 49 Maine-et-Loire
52 53 Mayenne
52 72 Sarthe
52 85 Vendée
93 04 Alpes-de-Haute-Provence
93 05 Hautes-Alpes
93 06 Alpes-Maritimes
93 13 Bouches-du-Rhône
93 83 Var
93 84 Vaucluse`;

// Spain: the provinces by INE number (ISO 3166-2:ES; the first two digits of their postcodes), with their names in
// Castilian and in the province's own language; GeoNames admin1 is the autonomous community.
// prettier-ignore
const ES = `
59 01 Álava/Araba
54 02 Albacete
60 03 Alicante/Alacant
51 04 Almería
55 05 Ávila
57 06 Badajoz
07 07 Illes Balears/Islas Baleares/Baleares/Balearic Islands = -
56 08 Barcelona
55 09 Burgos
57 10 Cáceres
51 11 Cádiz
60 12 Castellón/Castelló
54 13 Ciudad Real
51 14 Córdoba
58 15 A Coruña/La Coruña
54 16 Cuenca
56 17 Girona/Gerona
51 18 Granada
54 19 Guadalajara
59 20 Gipuzkoa/Guipúzcoa
51 21 Huelva
52 22 Huesca
51 23 Jaén
55 24 León
56 25 Lleida/Lérida
27 26 La Rioja
58 27 Lugo
29 28 Madrid/Comunidad de Madrid
51 29 Málaga
31 30 Murcia/Región de Murcia
32 31 Navarra/Nafarroa/Navarre
58 32 Ourense/Orense
34 33 Asturias/Principado de Asturias
55 34 Palencia
53 35 Las Palmas = -
58 36 Pontevedra
55 37 Salamanca
53 38 Santa Cruz de Tenerife = -
39 39 Cantabria
55 40 Segovia
51 41 Sevilla/Seville
55 42 Soria
56 43 Tarragona
52 44 Teruel
54 45 Toledo
60 46 Valencia/València
55 47 Valladolid
59 48 Bizkaia/Vizcaya/Biscay
55 49 Zamora
52 50 Zaragoza/Saragossa
CE 51 Ceuta
ML 52 Melilla`;

// Portugal: the districts and the two autonomous regions (ISO 3166-2:PT); GeoNames admin1 is the district itself.
// prettier-ignore
const PT = `
02 01 Aveiro
03 02 Beja
04 03 Braga
05 04 Bragança
06 05 Castelo Branco
07 06 Coimbra
08 07 Évora
09 08 Faro/Algarve
11 09 Guarda
13 10 Leiria
14 11 Lisboa/Lisbon
16 12 Portalegre
17 13 Porto/Oporto
18 14 Santarém
19 15 Setúbal
20 16 Viana do Castelo
21 17 Vila Real
22 18 Viseu
23 20 Açores/Azores/Região Autónoma dos Açores = -
10 30 Madeira/Região Autónoma da Madeira = -`;

// Italy: the provinces and metropolitan cities by sigla (ISO 3166-2:IT), and the Sardinian siglas still written (OT, OG,
// VS, CI); GeoNames admin1 is the region.
// prettier-ignore
const IT = `
12 TO Torino/Turin
12 VC Vercelli
12 NO Novara
12 CN Cuneo
12 AT Asti
12 AL Alessandria
12 BI Biella
12 VB Verbano-Cusio-Ossola = Verbania
19 AO Aosta/Valle d'Aosta/Vallée d'Aoste
09 VA Varese
09 CO Como
09 SO Sondrio
09 MI Milano/Milan
09 BG Bergamo
09 BS Brescia
09 PV Pavia
09 CR Cremona
09 MN Mantova/Mantua
09 LC Lecco
09 LO Lodi
09 MB Monza e Brianza/Monza e della Brianza/Monza-Brianza = Monza
17 BZ Bolzano/Bozen/Alto Adige/Südtirol/South Tyrol = Bolzano
17 TN Trento/Trentino = Trento
20 VR Verona
20 VI Vicenza
20 BL Belluno
20 TV Treviso
20 VE Venezia/Venice
20 PD Padova/Padua
20 RO Rovigo
06 UD Udine
06 GO Gorizia
06 TS Trieste
06 PN Pordenone
08 IM Imperia
08 SV Savona
08 GE Genova/Genoa
08 SP La Spezia
05 PC Piacenza
05 PR Parma
05 RE Reggio Emilia/Reggio nell'Emilia = Reggio nell'Emilia
05 MO Modena
05 BO Bologna
05 FE Ferrara
05 RA Ravenna
05 FC Forlì-Cesena = Forlì
05 RN Rimini
16 MS Massa-Carrara/Massa e Carrara = Massa
16 LU Lucca
16 PT Pistoia
16 FI Firenze/Florence
16 LI Livorno
16 PI Pisa
16 AR Arezzo
16 SI Siena
16 GR Grosseto
16 PO Prato
18 PG Perugia
18 TR Terni
10 PU Pesaro e Urbino/Pesaro-Urbino = Pesaro
10 AN Ancona
10 MC Macerata
10 AP Ascoli Piceno
10 FM Fermo
07 VT Viterbo
07 RI Rieti
07 RM Roma/Rome
07 LT Latina
07 FR Frosinone
01 AQ L'Aquila
01 TE Teramo
01 PE Pescara
01 CH Chieti
11 CB Campobasso
11 IS Isernia
04 CE Caserta
04 BN Benevento
04 NA Napoli/Naples
04 AV Avellino
04 SA Salerno
13 FG Foggia
13 BA Bari
13 TA Taranto
13 BR Brindisi
13 LE Lecce
13 BT Barletta-Andria-Trani = Barletta
02 PZ Potenza
02 MT Matera
03 CS Cosenza
03 CZ Catanzaro
03 RC Reggio Calabria/Reggio di Calabria
03 KR Crotone
03 VV Vibo Valentia
15 TP Trapani
15 PA Palermo
15 ME Messina
15 AG Agrigento
15 CL Caltanissetta
15 EN Enna
15 CT Catania
15 RG Ragusa
15 SR Siracusa/Syracuse
14 SS Sassari
14 NU Nuoro
14 CA Cagliari
14 OR Oristano
14 SU Sud Sardegna = Carbonia
14 OT Olbia-Tempio/Gallura = Olbia
14 OG Ogliastra = Tortolì
14 VS Medio Campidano = Sanluri
14 CI Carbonia-Iglesias/Sulcis Iglesiente = Carbonia`;

export interface Province {
  country: string;
  /** GeoNames admin1 of the gazetteer's towns in it. */
  admin1: string;
  /** INSEE / INE / ISO number, or the Italian sigla. */
  code: string;
  names: readonly string[];
  /** The town at its centre, by name (postcode-regions.ts's for FR and ES when not written); null: none. */
  seat: string | null | 'by-code';
}

const LINE = /^(\S+) (\S+) (.+?)(?: = (.+))?$/;

function parse(country: string, text: string): Province[] {
  return text
    .split('\n')
    .map((l) => LINE.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, admin1, code, names, seat]) => {
      const list = names!.split('/');
      const byCode = country === 'FR' || country === 'ES';
      return { country, admin1: admin1!, code: code!, names: list, seat: seat === '-' ? null : (seat ?? (byCode ? 'by-code' : list[0]!)) };
    });
}

export const PROVINCES: readonly Province[] = [...parse('FR', FR), ...parse('ES', ES), ...parse('PT', PT), ...parse('IT', IT)];

/** "Haute-Savoie" → "Hte-Savoie", "Hautes-Alpes" → "Htes-Alpes", "Hauts-de-Seine" → "Hts-de-Seine". */
function shortForms(name: string): string[] {
  const short = name.replace(/\bHaute(s?)\b/g, 'Hte$1').replace(/\bHauts\b/g, 'Hts');
  return short === name ? [name] : [name, short];
}

let byName: Map<string, Province[]> | null = null;
let byCode: Map<string, Province[]> | null = null;

function indexes(): { names: Map<string, Province[]>; codes: Map<string, Province[]> } {
  if (!byName || !byCode) {
    byName = new Map();
    byCode = new Map();
    for (const p of PROVINCES) {
      for (const key of new Set(p.names.flatMap(shortForms).map(fold))) byName.set(key, [...(byName.get(key) ?? []), p]);
      if (p.country === 'FR' || p.country === 'IT') byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
    }
  }
  return { names: byName, codes: byCode };
}

/** The areas a name stands for ("Ardèche", "ardeche", "Hte-Savoie", "Málaga"); empty when none. */
export function provincesNamed(name: string): Province[] {
  return indexes().names.get(fold(name)) ?? [];
}

/** A French département's number ("07", "2A", "974" is none) or an Italian province's sigla ("CO"). */
export function provincesCoded(code: string): Province[] {
  return indexes().codes.get(code.toUpperCase()) ?? [];
}

/** Every area name with the filter it narrows to, for qualifiers.ts (what a person types after a town). */
export function provinceNames(): [string, PlaceFilter][] {
  return PROVINCES.flatMap((p) =>
    p.names.flatMap(shortForms).map((n): [string, PlaceFilter] => [n, { country: p.country, admin1: p.admin1 }]),
  );
}
