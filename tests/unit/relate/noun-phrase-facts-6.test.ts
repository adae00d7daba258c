import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { checkRelationCase, type FixtureEntity, type RelationCase, person, org, country } from "./fixture.js";

// Issue 14, round 11 (noun phrases): title chains set off by commas, honorifics after a courtesy
// title, a club's player over a nationality or a player's modifier, a place in a country's capital,
// movements named for a land, and the Saudi king's title as evidence for المملكة / البلاد.
// Sentences and names written for these tests, not taken from any corpus.
const loc = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Location", forms });

const cases: RelationCase[] = [
  {
    family: "a chain of titles set off by commas: each title's body",
    text: "وافتتح رئيس هيئة الرقابة، رئيس اللجنة الوطنية للنزاهة، الشيخ الدكتور سالم بن راشد المري، أعمال الملتقى.",
    cast: [
      org("audit", "هيئة الرقابة"),
      org("integrity", "اللجنة الوطنية للنزاهة"),
      person("salem", "سالم بن راشد المري"),
    ],
    present: ["salem LEADS audit", "salem LEADS integrity"],
  },
  {
    family: "no chain without a comma after a verb (the first title may be the unnamed subject's)",
    text: "واستقبل رئيس مجلس الشورى رئيس هيئة الصحفيين الأستاذ ماجد العنزي في مكتبه.",
    cast: [org("shura", "مجلس الشورى"), org("press", "هيئة الصحفيين"), person("majed", "ماجد العنزي")],
    present: ["majed LEADS press"],
    absent: ["majed LEADS shura"],
  },
  {
    family: "honorifics after a courtesy title (الشيخ الدكتور) keep the title",
    text: "وترأس رئيس مجلس الأوقاف الشيخ الدكتور حمد السالم الاجتماع الدوري.",
    cast: [org("awqaf", "مجلس الأوقاف"), person("hamad", "حمد السالم")],
    present: ["hamad LEADS awqaf"],
  },
  {
    family: "a comma, then honorifics only, between a title's body and the name",
    text: "وقال مدير معهد البحوث الزراعية، المهندس فارس القحطاني إن الموسم واعد.",
    cast: [org("inst", "معهد البحوث الزراعية"), person("fares", "فارس القحطاني")],
    present: ["fares LEADS inst"],
  },
  {
    family: "a club's player over his nationality (مدافعه البرازيلي X)",
    text: "وأعلن نادي الوحدة أن مدافعه البرازيلي روبرتو ماتوس سيغيب ثلاثة أسابيع.",
    cast: [
      org("wahda", "نادي الوحدة"),
      country("br", "البرازيل", "البرازيلي"),
      person("roberto", "روبرتو ماتوس"),
    ],
    present: ["roberto MEMBER_OF wahda"],
    absent: ["roberto MEMBER_OF br"],
  },
  {
    family: "a club's player over a player's modifier (مهاجمه الدولي X)",
    text: "ومدد نادي الرائد عقد مهاجمه الدولي سامي الشهري لموسمين.",
    cast: [org("raed", "نادي الرائد"), person("sami", "سامي الشهري")],
    present: ["sami MEMBER_OF raed"],
  },
  {
    family: "a name set in quotes right after its title",
    text: 'وقال رئيس نادي الشعلة "ناصر الدوسري" إن الفريق جاهز للموسم.',
    cast: [org("shula", "نادي الشعلة"), person("nasser", "ناصر الدوسري")],
    present: ["nasser LEADS shula"],
  },
  {
    family: "a movement is not located in the land it is named for",
    text: "وتبنت حركة تحرير الساحل الشرقي الهجوم، فيما يشهد الساحل الشرقي توترا.",
    cast: [org("mvt", "حركة تحرير الساحل الشرقي"), loc("coast", "الساحل الشرقي")],
    present: [],
    absent: ["mvt LOCATED_IN coast"],
  },
];

describe("noun-phrase facts, round 11", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));
});

describe("a place in a country's capital (X بالعاصمة + nisba)", () => {
  const amman: FixtureEntity = {
    id: "amman",
    type: "City",
    forms: ["عمّان"],
    properties: { capital: true, country: "jo" },
  };
  it("is in the capital the article names", () =>
    checkRelationCase({
      family: "capital named",
      text: "وأقيم اللقاء في عمّان أمس على ملعب الوحدات بالعاصمة الأردنية وسط حضور كبير.",
      cast: [amman, country("jo", "الأردن", "الأردنية"), loc("stadium", "ملعب الوحدات")],
      present: ["stadium LOCATED_IN amman"],
      absent: ["stadium LOCATED_IN jo"],
    }));
  it("is in the country when the article names no capital", () =>
    checkRelationCase({
      family: "capital not named",
      text: "وأقيم اللقاء على ملعب الوحدات بالعاصمة الأردنية وسط حضور كبير.",
      cast: [country("jo", "الأردن", "الأردنية"), loc("stadium", "ملعب الوحدات")],
      present: ["stadium LOCATED_IN jo"],
    }));
});

// The lexicon and the tagger load once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد"), 60_000);

describe("خادم الحرمين الشريفين: evidence of the country المملكة / البلاد stand for", () => {
  it("links البلاد to Saudi Arabia and gives the king LEADS it", () => {
    const r = extract(
      "وهنأ المشاركون خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بالعيد، داعين أن يحفظ البلاد من كل سوء.",
      { tagger: false },
    );
    const sa = r.entities.find((e) => e.type === "Country");
    expect(sa?.nameEn).toBe("Saudi Arabia");
    expect(sa?.mentions.map((m) => m.text)).toEqual(["البلاد"]);
    const king = r.entities.find((e) => e.type === "Person");
    expect(r.relations.some((x) => x.type === "LEADS" && x.source === king?.id && x.target === sa?.id)).toBe(
      true,
    );
  });
  it("does not link البلاد when another country is named before it too", () => {
    const r = extract(
      "وبعث خادم الحرمين الشريفين برقية إلى رئيس تونس، معزيا في ضحايا الفيضانات التي شهدتها البلاد.",
      { tagger: false },
    );
    const linked = r.entities.filter((e) => e.mentions.some((m) => m.text === "البلاد"));
    expect(linked).toEqual([]);
  });
});
