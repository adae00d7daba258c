// Sentences written for these tests: competitions named after a continent, the council in a
// deputy's title, service branches with a nisba, ports, towns a province shares its name with,
// region lists with a town no region is named after, Turkish clubs, capitals as governments.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const ents = (text: string, tagger = false): { type: string; name: string; nameEn: string }[] =>
  extract(text, { tagger }).entities.map((e) => ({ type: e.type, name: e.name, nameEn: e.nameEn }));
const has = (text: string, type: string, name: string, tagger = false): boolean =>
  ents(text, tagger).some((e) => e.type === type && e.name === name);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a competition named after a continent or a continental union", () => {
  it.each([
    ["تأهل الفريق إلى دور المجموعات في دوري أبطال أوروبا بعد فوزه أمس.", "أوروبا"],
    ["وحصد اللاعب ذهبية بطولة أمم أوروبا للسباحة في المجر.", "أوروبا"],
    ["ويشارك المنتخب في بطولة غرب آسيا المقامة في الأردن.", "آسيا"],
    ["وضمن النادي مقعده في دوري أبطال إفريقيا الموسم المقبل.", "أفريقيا"],
  ])("%s", (text, name) => {
    for (const tagger of [false, true]) expect(has(text, "Location", name, tagger)).toBe(false);
  });

  it("a cup named after a union is not the union", () => {
    const text = "ويلعب الفريق في كأس الاتحاد الإفريقي ثم في كأس دوري الاتحاد الأوروبي.";
    const orgs = ents(text)
      .filter((e) => e.type === "Organization")
      .map((e) => e.nameEn);
    expect(orgs).not.toContain("African Union");
    expect(orgs).not.toContain("European Union");
  });

  it("the continent and the union themselves stay", () => {
    const text = "وزار الوزير أوروبا الشهر الماضي، وقال الاتحاد الأوروبي إنه يدرس الطلب.";
    expect(has(text, "Location", "أوروبا")).toBe(true);
    expect(ents(text).some((e) => e.nameEn === "European Union")).toBe(true);
  });
});

describe("the council named in a deputy's title", () => {
  it("نائب رئيس مجلس الوزراء names the council", () => {
    const text = "استقبل الأمير خالد بن فهد نائب رئيس مجلس الوزراء وزير الخارجية وفد الشركة أمس.";
    expect(has(text, "Organization", "مجلس الوزراء")).toBe(true);
  });

  it("النائب الثاني لرئيس مجلس الوزراء too, and the call is still between the two men", () => {
    const r = extract(
      "تلقى الأمير خالد بن فهد النائب الثاني لرئيس مجلس الوزراء وزير الخارجية اتصالا هاتفيا اليوم من الرئيس الفرنسي فرنسوا هولاند.",
      { tagger: false },
    );
    expect(r.entities.some((e) => e.type === "Organization" && e.name === "مجلس الوزراء")).toBe(true);
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    const met = r.relations.filter((x) => x.type === "MET");
    expect(met).toHaveLength(1);
    const sides = [met[0]?.source, met[0]?.target].map((id) => byId.get(id ?? "")?.type);
    expect(sides).toEqual(["Person", "Person"]);
  });

  it("the head's own title stays a title, and a nisba's council is the country's", () => {
    expect(has("وقال رئيس مجلس الوزراء العراقي إن الحكومة ستعمل.", "Organization", "مجلس الوزراء")).toBe(
      false,
    );
  });
});

describe("service branches written with a nisba", () => {
  it.each([
    ["أعلنت القوات البرية الملكية السعودية فتح باب القبول.", "القوات البرية الملكية السعودية"],
    ["ونقلت طائرات تابعة لقيادة القوات الجوية السعودية المساعدات.", "القوات الجوية السعودية"],
    ["وقالت القوات البحرية الأمريكية إن السفينة وصلت.", "القوات البحرية الأمريكية"],
  ])("%s", (text, name) => {
    expect(has(text, "Organization", name)).toBe(true);
  });

  it("without a nisba the words are ordinary", () => {
    const text = "وشاركت القوات الجوية في التمرين.";
    expect(ents(text).filter((e) => e.type === "Organization")).toEqual([]);
  });
});

describe("a committee named with المحلية and a purpose", () => {
  it("اللجنة المحلية للانتخابات البلدية", () => {
    const text = "وبدأت اللجنة المحلية للانتخابات البلدية استقبال طلبات المرشحين.";
    expect(has(text, "Organization", "اللجنة المحلية للانتخابات البلدية")).toBe(true);
  });

  it("المحلي as an ordinary adjective names nothing", () => {
    expect(
      ents("وارتفع الناتج المحلي للمملكة العام الماضي.").filter((e) => e.type === "Organization"),
    ).toEqual([]);
  });
});

describe("a port named after its town", () => {
  it.each([
    ["ورست السفينة في ميناء كاليه الفرنسي صباح اليوم.", "ميناء كاليه"],
    ["وتوقف ضخ النفط إلى ميناء جيهان على البحر المتوسط.", "ميناء جيهان"],
    ["ووصلت سفينتا إغاثة إلى ميناء عدن أمس.", "ميناء عدن"],
  ])("%s", (text, name) => {
    expect(has(text, "Location", name)).toBe(true);
  });

  it("an ordinary noun after ميناء is no port's name", () => {
    expect(ents("وتم توسيع ميناء الصيد في المدينة.").filter((e) => e.type === "Location")).toEqual([]);
  });
});

describe("a town whose province shares its name is the town", () => {
  it.each([
    ["وقع الانفجار في بلدة سوروتش قرب الحدود.", "سروج"],
    ["ولجأ آلاف السوريين إلى كيليس التركية.", "كيليس"],
    ["وأعلن والي شانلي أورفة فرض حظر التجول.", "شانلي أورفة"],
    ["وتقام المباراة في قازان يوم السبت.", "قازان"],
    ["وتستضيف سامارا مباراتين في الدور الأول.", "سامارا"],
  ])("%s", (text, name) => {
    expect(has(text, "City", name)).toBe(true);
  });
});

describe("a list of regions with a town no region is named after", () => {
  it("منطقتي الرياض والدمام: Dammam is the town", () => {
    const text = "وانتشرت المكاتب الوهمية في منطقتي الرياض والدمام بشكل خاص.";
    expect(has(text, "City", "الدمام")).toBe(true);
    expect(ents(text).some((e) => e.nameEn === "Dammam Region")).toBe(false);
  });

  it("region seats are still their regions", () => {
    const text = "وهطلت الأمطار على مناطق عسير والباحة وجازان.";
    expect(ents(text).map((e) => e.nameEn)).toEqual(
      expect.arrayContaining(["Al-Baha Region", "Jazan Region"]),
    );
  });
});

describe("a Turkish club written with سبور", () => {
  it.each([
    ["ولعب المهاجم موسمين مع كونيا سبور قبل انتقاله.", "Konyaspor"],
    ["وخسر طرابزون سبور مباراته أمس.", "Trabzonspor"],
    ["ويواجه الفريق كونيا سبورت التركي وديا.", "Konyaspor"],
  ])("%s", (text, label) => {
    const e = ents(text).find((x) => x.nameEn === label);
    expect(e?.type).toBe("Organization");
    expect(ents(text).some((x) => x.type === "City")).toBe(false);
  });
});

describe("a capital standing for its government", () => {
  it.each([
    "وانتهت بذلك هدنة بين أنقرة والمتمردين.",
    "ويتهم الحلفاء أنقرة بأنها لا تبذل جهودا كافية.",
    "وانتقد النواب بسياسة أنقرة تجاه اللاجئين.",
    "ويعيد المجلس فرض العقوبات في حال انتهاك طهران للاتفاق.",
  ])("%s", (text) => {
    expect(ents(text).some((e) => e.type === "City")).toBe(false);
  });

  it.each(["وسافر الوفد إلى أنقرة أمس.", "والمسافة بين الرياض وجدة طويلة."])("%s", (text) => {
    expect(ents(text).some((e) => e.type === "City")).toBe(true);
  });
});
