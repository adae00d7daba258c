// Who a name is: identity spellings, name chains, fragments, bare given names, proclitics and
// words that are not names. Sentences written for Rawabit in news style; names invented.
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { loadLexicon } from "../../../ingest/lexicon/index.js";
import { stub } from "./stub-tagger.js";
import type { Entity } from "../../../ingest/model.js";

const people = (text: string, tags: Record<string, string> = {}): Entity[] =>
  extract(text, { tagger: stub(tags) }).entities.filter((e) => e.type === "Person");
const names = (text: string, tags: Record<string, string> = {}): string[] =>
  people(text, tags).map((e) => e.name);
const idOf = (text: string): string | undefined => people(text)[0]?.id;

describe("identity: one id for the spellings of one name", () => {
  it.each([
    [
      "قال الوزير سالم بن عبد الرحمن الحربي إن العمل مستمر.",
      "قال الوزير سالم بن عبدالرحمن الحربي إن العمل مستمر.",
    ],
    ["قال الوزير أسامة الحربي إن العمل مستمر.", "قال الوزير اسامه الحربي إن العمل مستمر."],
    ["قال الوزير مُحَمَّد الحربي إن العمل مستمر.", "قال الوزير محمد الحربي إن العمل مستمر."],
  ])("%s = %s", (a, b) => {
    expect(idOf(a)).toMatch(/^person:/);
    expect(idOf(a)).toBe(idOf(b));
  });

  it("writes the display name without marks and keeps the written form as a mention", () => {
    const [p] = people("قال الوزير سَالِم الحربي إن العمل مستمر.");
    expect(p?.name).toBe("سالم الحربي");
    expect(p?.mentions.map((m) => m.text)).toEqual(["سَالِم الحربي"]);
  });

  it("finds a known person whose compound is written joined, with the family name after it", () => {
    const [p] = people("استقبل الملك سلمان بن عبدالعزيز آل سعود الوفد في الرياض.");
    expect(p?.id).toBe("person:salman-bin-abdulaziz");
    expect(p?.mentions.map((m) => m.text)).toEqual(["سلمان بن عبدالعزيز آل سعود"]);
  });
});

describe("name chains", () => {
  const full = "استقبل الأمير نواف بن سعد بن عبدالرحمن آل فهيد الوفد.";
  const short = "وقال الأمير نواف بن سعد إن الزيارة ناجحة.";

  it("a shorter chain is the same person inside the article", () => {
    const found = people(`${full} ${short}`);
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe("نواف بن سعد بن عبدالرحمن آل فهيد");
    expect(found[0]?.mentions).toHaveLength(2);
  });

  it("a chain of two name parts is the same person across articles", () => {
    expect(idOf(full)).toBe(idOf(short));
  });

  it.each([
    ["a family name after the chain", "وصرح المواطن نواف بن سعد الحربي بأن الحادث وقع فجرا."],
    ["a family name after a longer chain", "وصرح المواطن نواف بن سعد بن خالد الحربي بأن الحادث وقع فجرا."],
  ])("%s is another person than the bare chain and the house's member", (_, text) => {
    expect(idOf(text)).toMatch(/^person:/);
    expect(idOf(text)).not.toBe(idOf(short));
    expect(idOf(text)).not.toBe(idOf(full));
  });

  it("the same chain and family name are one person across articles, the grandfather written or not", () => {
    const a = idOf("وصرح المواطن نواف بن سعد الحربي بأن الحادث وقع فجرا.");
    expect(idOf("وأوضح المواطن نواف بن سعد بن خالد الحربي أن الحادث وقع فجرا.")).toBe(a);
    expect(idOf("وصرح المواطن نواف بن سعد العتيبي بأن الحادث وقع فجرا.")).not.toBe(a);
  });

  it("a chain with its family name is the first name and family name of other articles", () => {
    const a = idOf("وصرح المواطن نواف بن سعد بن خالد الحربي بأن الحادث وقع فجرا.");
    expect(idOf("وأوضح المواطن نواف الحربي أن الحادث وقع فجرا.")).toBe(a);
    expect(idOf("وأوضح المواطن نواف العتيبي أن الحادث وقع فجرا.")).not.toBe(a);
  });

  it("a given name with the article ending a chain names a father's branch: the father stays in the key", () => {
    const a = idOf("وصرح الأمير نواف بن سعد الفيصل بأن الزيارة ناجحة.");
    expect(idOf("وصرح الأمير نواف الفيصل بأن الزيارة ناجحة.")).not.toBe(a);
    expect(idOf("وصرح الأمير نواف بن سعد بن خالد الفيصل بأن الزيارة ناجحة.")).toBe(a);
  });

  it("a definite father's name is part of the chain, not a family name", () => {
    expect(idOf("وصل الأمير نواف بن الحسين بن خالد إلى عمان.")).toBe(
      idOf("وصل الأمير نواف بن الحسين إلى عمان."),
    );
  });

  it("the bare chain after the full name with its family name is that person in the article", () => {
    const found = people(
      "وصرح المواطن نواف بن سعد الحربي بأن الحادث وقع فجرا. وأضاف نواف بن سعد أن الدفاع المدني حضر.",
    );
    expect(found.map((e) => e.name)).toEqual(["نواف بن سعد الحربي"]);
    expect(found[0]?.mentions).toHaveLength(2);
  });

  it("two chains that share their start are two people in one article", () => {
    const found = people(
      "استقبل الأمير نواف بن سعد بن عبدالرحمن الوفد، وحضر الأمير نواف بن سعد بن خالد الاجتماع.",
    );
    expect(new Set(found.map((e) => e.id)).size).toBe(2);
  });

  it("an abridged name (first name and surname, some parts left out) is the same person in the article", () => {
    const found = people(
      "وأوضح المواطن ماجد بن سعد عبدالكريم الهزاني أن الحادث وقع فجرا. وأضاف ماجد الهزاني أن الدفاع المدني حضر.",
    );
    expect(found.map((e) => e.name)).toEqual(["ماجد بن سعد عبدالكريم الهزاني"]);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(["ماجد بن سعد عبدالكريم الهزاني", "ماجد الهزاني"]);
  });

  it("another person with the same first name and surname but a part the full name lacks stays apart", () => {
    const found = people(
      "وأوضح المواطن ماجد بن سعد الهزاني أن الحادث وقع فجرا. وأضاف المواطن ماجد خالد الهزاني أن الدفاع المدني حضر.",
    );
    expect(new Set(found.map((e) => e.id)).size).toBe(2);
  });

  it("a chain after a known person stays in its mention: no fragment is left", () => {
    const found = people("وصل ولي العهد الأمير محمد بن سلمان بن عبدالعزيز إلى جدة.", {
      بن: "PERS",
      عبدالعزيز: "PERS",
    });
    expect(found.map((e) => e.id)).toEqual(["person:mohammed-bin-salman"]);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(["محمد بن سلمان بن عبدالعزيز"]);
  });

  it.each([
    ["وأشاد بن عبدالعزيز بالخطة.", { بن: "PERS", عبدالعزيز: "PERS" }],
    ["وحضر آل فهيد الحفل.", { آل: "PERS", فهيد: "PERS" }],
  ])("a fragment is no entity: %s", (text, tags) => {
    expect(names(text, tags)).toEqual([]);
  });
});

describe("bare given names", () => {
  it("a given name alone joins the full name it abbreviates", () => {
    const found = people("افتتح الأمير نواف بن سعد المعرض. وقال الأمير نواف إن المعرض يخدم الشباب.");
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(["نواف بن سعد", "نواف"]);
  });

  it("a given name is not the father's name of another person (بن X is no surname)", () => {
    const found = people(
      "استقبل الملك سلمان بن عبدالعزيز الوفد بحضور الأمير خالد بن سلمان. وقال الملك سلمان إن العلاقات متينة.",
    );
    const king = found.find((e) => e.id === "person:salman-bin-abdulaziz");
    expect(king?.mentions.map((m) => m.text)).toEqual(["سلمان بن عبدالعزيز", "سلمان"]);
  });

  it.each([
    ["وقال الشيخ محمد إن الخطبة تناولت الصبر.", {}],
    ["وأكد الأمير نواف أن المبادرة مهمة.", {}],
    ["وشكر عبدالرحمن الحضور على المشاركة.", { عبدالرحمن: "PERS" }],
    ["أثنى خالد على الفريق.", { خالد: "PERS" }],
  ])("a given name no full name explains is dropped, never shared across articles: %s", (text, tags) => {
    expect(names(text, tags)).toEqual([]);
  });
});

describe("lone name words that many people share", () => {
  it.each([
    ["وقال المدرب كارلوس إن الفريق جاهز للمباراة.", { كارلوس: "PERS" }],
    ["وأكد المهاجم فيكتور أن الفريق سيعود أقوى.", { فيكتور: "PERS" }],
    ["وأشاد أندرو بأداء الفريق.", { أندرو: "PERS" }],
  ])("a common foreign given name alone is dropped: %s", (text, tags) => {
    expect(names(text, tags)).toEqual([]);
  });

  it("a common given name after its full name in the article is that person", () => {
    const found = people(
      "وقال المدرب كارلوس فيرنانديز إن الفريق جاهز. وأضاف كارلوس أن اللاعبين في حالة جيدة.",
      { كارلوس: "PERS", فيرنانديز: "PERS" },
    );
    expect(found.map((e) => e.name)).toEqual(["كارلوس فيرنانديز"]);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(["كارلوس فيرنانديز", "كارلوس"]);
  });

  it.each([
    ["وقال المدرب كارلوس إن الفريق جاهز.", []],
    ["وقال المدرب كوسغي إن الفريق جاهز.", ["كوسغي"]],
  ])("a rare name word stays, a common one goes: %s", (text, expected) => {
    const word = text.split(" ")[2] as string;
    expect(names(text, { [word]: "PERS" })).toEqual(expected);
  });
});

describe("proclitics on names", () => {
  it.each([
    ["التقى الوزير الضيف وخالد العتيبي.", { وخالد: "PERS", العتيبي: "PERS" }, "خالد العتيبي"],
    ["حضر المدرب وسالم المري التدريب.", { وسالم: "PERS", المري: "PERS" }, "سالم المري"],
    ["وقدم الشكر لعبدالرحمن الزيدي على جهوده.", { لعبدالرحمن: "PERS", الزيدي: "PERS" }, "عبدالرحمن الزيدي"],
  ])("cuts the proclitic off: %s", (text, tags, name) => {
    const [p] = people(text, tags);
    expect(p?.name).toBe(name);
    expect(p?.mentions[0]?.text).toBe(name);
  });

  it.each([
    ["وليد الحربي"],
    ["فهد المالكي"],
    ["بدر العنزي"],
    ["كمال العمري"],
    ["فيصل الدوسري"],
    ["بندر القحطاني"],
    ["كريم الزهراني"],
    ["لؤي الشمري"],
  ])("never cuts a name that starts with those letters: %s", (name) => {
    const [first, last] = name.split(" ") as [string, string];
    expect(names(`وأعلن ${name} اعتزاله.`, { [first]: "PERS", [last]: "PERS" })).toEqual([name]);
  });

  it("cuts it when the rest is a name written elsewhere in the article", () => {
    const text = "تحدث ماهر الزيدي عن الموسم. وشكر المدرب اللاعبين وماهر الزيدي على الأداء.";
    const found = people(text, { ماهر: "PERS", وماهر: "PERS", الزيدي: "PERS" });
    expect(found.map((e) => e.name)).toEqual(["ماهر الزيدي"]);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(["ماهر الزيدي", "ماهر الزيدي"]);
  });
});

describe("who is a person", () => {
  it.each([
    ["استقبل الأمير نواف بن سعد حفظه الله الوفد.", { حفظه: "PERS", الله: "PERS" }, ["نواف بن سعد"]],
    ["وقال الشيخ سالم الحربي رحمه الله إن العلم نور.", { رحمه: "PERS", الله: "PERS" }, ["سالم الحربي"]],
    ["وصرح اللواء الركن ماجد بن سالم الحربي بأن القوات جاهزة.", {}, ["ماجد بن سالم الحربي"]],
    ["وقال النقيب سامي العتيبي إن الحادث وقع ليلا.", {}, ["سامي العتيبي"]],
    ["وأوضح رئيس الجمعية واجتماعه الأخير كان مثمرا.", {}, []],
    // a title before a verb, a particle with its proclitic or an indefinite noun: no name follows
    ["وأكد أن الفريق خاض مباراته الأولى أمس.", {}, []],
    ["وبعد رحيل الرئيس فإن الأعضاء سيختارون خلفه.", {}, []],
    ["وعقد رئيس الجمعية اجتماعاً مع الأعضاء.", {}, []],
    ["وقال الرئيس البرازيلي لويس سيلفا إن بلاده مستعدة.", {}, ["لويس سيلفا"]],
    ["وأين كانت اللجنة؟", { وأين: "PERS" }, []],
    ["ورحب الأعضاء والاتفاق قائم.", { والاتفاق: "PERS" }, []],
    ["احتفل الأهالي بالعيد السعيد.", { السعيد: "PERS" }, []],
    ["ووجه الشكر لرئيس الاتحاد على دعمه.", { لرئيس: "PERS", الاتحاد: "PERS" }, []],
    ["أقيمت المباراة على ملعب الملك فهد في المساء.", {}, []],
    ["تخرج في جامعة الأمير نايف قبل عامين.", {}, []],
    ["تقام المباراة على ملعب هايبري بارك مساء.", { هايبري: "PERS", بارك: "PERS" }, []],
  ])("%s", (text, tags, want) => {
    expect(names(text, tags)).toEqual(want);
  });

  it("keeps a rank as the role of the person it stands before", () => {
    const [p] = people("وصرح اللواء الركن ماجد بن سالم الحربي بأن القوات جاهزة.");
    expect(p?.properties.role).toBe("General");
  });
});

describe("compound given names", () => {
  it("are given names written joined as well as apart", () => {
    const lex = loadLexicon();
    expect(lex.givenNames.has("عبد الرحمن")).toBe(true);
    expect(lex.givenNames.has("عبدالرحمن")).toBe(true);
  });
});
