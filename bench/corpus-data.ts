import type { EntityType, RelationType } from "../ingest/model.js";

/**
 * Name pools and sentence templates for the synthetic benchmark corpus. Names are real public
 * figures, countries, cities and organisations as they are written in Arabic news; the
 * templates are common news sentence shapes (English gloss on each).
 */
export interface PoolEntry {
  ar: string;
  en: string;
}

export const PEOPLE: PoolEntry[] = [
  { ar: "جو بايدن", en: "Joe Biden" },
  { ar: "مصطفى الكاظمي", en: "Mustafa al-Kadhimi" },
  { ar: "عبد الفتاح السيسي", en: "Abdel Fattah el-Sisi" },
  { ar: "رجب طيب أردوغان", en: "Recep Tayyip Erdogan" },
  { ar: "إيمانويل ماكرون", en: "Emmanuel Macron" },
  { ar: "أولاف شولتس", en: "Olaf Scholz" },
  { ar: "أنتوني بلينكن", en: "Antony Blinken" },
  { ar: "سيرغي لافروف", en: "Sergei Lavrov" },
  { ar: "فلاديمير بوتين", en: "Vladimir Putin" },
  { ar: "محمد شياع السوداني", en: "Mohammed Shia al-Sudani" },
  { ar: "عبد الله الثاني", en: "Abdullah II" },
  { ar: "تميم بن حمد", en: "Tamim bin Hamad" },
  { ar: "محمد بن سلمان", en: "Mohammed bin Salman" },
  { ar: "أنطونيو غوتيريش", en: "Antonio Guterres" },
  { ar: "قيس سعيد", en: "Kais Saied" },
  { ar: "عبد المجيد تبون", en: "Abdelmadjid Tebboune" },
  { ar: "نجيب ميقاتي", en: "Najib Mikati" },
  { ar: "فؤاد حسين", en: "Fuad Hussein" },
  { ar: "أيمن الصفدي", en: "Ayman Safadi" },
  { ar: "سامح شكري", en: "Sameh Shoukry" },
  { ar: "هاكان فيدان", en: "Hakan Fidan" },
  { ar: "جوزيب بوريل", en: "Josep Borrell" },
  { ar: "ريشي سوناك", en: "Rishi Sunak" },
  { ar: "شي جين بينغ", en: "Xi Jinping" },
];

export const COUNTRIES: PoolEntry[] = [
  { ar: "العراق", en: "Iraq" },
  { ar: "الولايات المتحدة", en: "United States" },
  { ar: "مصر", en: "Egypt" },
  { ar: "تركيا", en: "Turkey" },
  { ar: "فرنسا", en: "France" },
  { ar: "ألمانيا", en: "Germany" },
  { ar: "روسيا", en: "Russia" },
  { ar: "الأردن", en: "Jordan" },
  { ar: "قطر", en: "Qatar" },
  { ar: "السعودية", en: "Saudi Arabia" },
  { ar: "تونس", en: "Tunisia" },
  { ar: "الجزائر", en: "Algeria" },
  { ar: "لبنان", en: "Lebanon" },
  { ar: "الصين", en: "China" },
  { ar: "بريطانيا", en: "United Kingdom" },
  { ar: "إيران", en: "Iran" },
  { ar: "سوريا", en: "Syria" },
  { ar: "المغرب", en: "Morocco" },
];

export const CITIES: PoolEntry[] = [
  { ar: "بغداد", en: "Baghdad" },
  { ar: "واشنطن", en: "Washington" },
  { ar: "القاهرة", en: "Cairo" },
  { ar: "أنقرة", en: "Ankara" },
  { ar: "باريس", en: "Paris" },
  { ar: "برلين", en: "Berlin" },
  { ar: "موسكو", en: "Moscow" },
  { ar: "عمان", en: "Amman" },
  { ar: "الدوحة", en: "Doha" },
  { ar: "الرياض", en: "Riyadh" },
  { ar: "تونس العاصمة", en: "Tunis" },
  { ar: "الجزائر العاصمة", en: "Algiers" },
  { ar: "بيروت", en: "Beirut" },
  { ar: "بكين", en: "Beijing" },
  { ar: "لندن", en: "London" },
  { ar: "جنيف", en: "Geneva" },
  { ar: "البصرة", en: "Basra" },
  { ar: "أربيل", en: "Erbil" },
];

export const ORGANIZATIONS: PoolEntry[] = [
  { ar: "الأمم المتحدة", en: "United Nations" },
  { ar: "حلف شمال الأطلسي", en: "NATO" },
  { ar: "الاتحاد الأوروبي", en: "European Union" },
  { ar: "جامعة الدول العربية", en: "Arab League" },
  { ar: "صندوق النقد الدولي", en: "International Monetary Fund" },
  { ar: "البنك الدولي", en: "World Bank" },
  { ar: "منظمة الصحة العالمية", en: "World Health Organization" },
  { ar: "اللجنة الدولية للصليب الأحمر", en: "International Committee of the Red Cross" },
  { ar: "منظمة أوبك", en: "OPEC" },
  { ar: "مجلس التعاون الخليجي", en: "Gulf Cooperation Council" },
];

export const DAYS: PoolEntry[] = [
  { ar: "الأحد", en: "Sunday" },
  { ar: "الاثنين", en: "Monday" },
  { ar: "الثلاثاء", en: "Tuesday" },
  { ar: "الأربعاء", en: "Wednesday" },
  { ar: "الخميس", en: "Thursday" },
];

export type Slot = "P1" | "P2" | "C1" | "C2" | "CITY" | "ORG";
export const SLOT_TYPES: Record<Slot, EntityType> = {
  P1: "Person",
  P2: "Person",
  C1: "Country",
  C2: "Country",
  CITY: "City",
  ORG: "Organization",
};

export interface Template {
  /** Arabic sentence; {P1} {P2} {C1} {C2} {CITY} {ORG} are entities, {DAY} and {AMOUNT} plain text. */
  ar: string;
  gloss: string;
  relations: { type: RelationType; source: Slot; target: Slot; money?: boolean }[];
  /** The sentence reports speech by this slot (verb given). */
  statement?: { speaker: Slot; verb: string };
}

export const TEMPLATES: Template[] = [
  {
    ar: "استقبل {P1} في {CITY} يوم {DAY} {P2} وبحث الجانبان سبل تعزيز العلاقات الثنائية.",
    gloss: "{P1} received {P2} in {CITY} on {DAY}; the two sides discussed strengthening bilateral ties.",
    relations: [{ type: "MET", source: "P1", target: "P2" }],
  },
  {
    ar: "أعلنت {C1} تقديم {AMOUNT} مليون دولار إلى {C2} لدعم مشاريع إعادة الإعمار.",
    gloss: "{C1} announced {AMOUNT} million dollars to {C2} to support reconstruction projects.",
    relations: [{ type: "FUNDED", source: "C1", target: "C2", money: true }],
  },
  {
    ar: "وصل {P1} إلى {CITY} في زيارة رسمية تستمر يومين.",
    gloss: "{P1} arrived in {CITY} on a two-day official visit.",
    relations: [{ type: "VISITED", source: "P1", target: "CITY" }],
  },
  {
    ar: "وقال {P1} إن بلاده ملتزمة بالتعاون مع {ORG} في مكافحة الإرهاب.",
    gloss: "{P1} said his country is committed to cooperating with {ORG} against terrorism.",
    relations: [{ type: "COOPERATES_WITH", source: "P1", target: "ORG" }],
    statement: { speaker: "P1", verb: "قال" },
  },
  {
    ar: "وفرضت {C1} عقوبات جديدة على شركات تتعامل مع {C2}.",
    gloss: "{C1} imposed new sanctions on companies dealing with {C2}.",
    relations: [{ type: "SANCTIONED", source: "C1", target: "C2" }],
  },
  {
    ar: "وأكد {P1} دعم {C1} لجهود {ORG} في المنطقة.",
    gloss: "{P1} affirmed {C1}'s support for {ORG}'s efforts in the region.",
    relations: [{ type: "SUPPORTS", source: "C1", target: "ORG" }],
    statement: { speaker: "P1", verb: "أكد" },
  },
  {
    ar: "وتقع {CITY} على بعد ساعات من الحدود مع {C2}.",
    gloss: "{CITY} lies a few hours from the border with {C2}.",
    relations: [],
  },
];
