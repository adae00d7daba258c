import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";
import { tagging } from "./person-helpers.js";

const persons = (text: string, tagger: SentenceTagger | false): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

// Sentences written for these tests.
describe("a rare family name with the article after a name chain", () => {
  it("belongs to the name when the tagger carries the name on through it", () => {
    const text = "افتتح مدير الإدارة العميد سامر بن أحمد الداهوك المركز الجديد.";
    expect(persons(text, tagging(["سامر", "بن", "أحمد", "الداهوك"]))).toEqual(["سامر بن أحمد الداهوك"]);
    expect(persons("وقال المهندس سامر إبراهيم الخريفي إن العمل مستمر.", false)).toEqual([
      "سامر إبراهيم الخريفي",
    ]);
  });

  it("is not taken from the object after the name", () => {
    const text = "افتتح الأمير سامر بن أحمد المعرض الدولي للكتاب.";
    expect(persons(text, tagging(["سامر", "بن", "أحمد"]))).toEqual(["سامر بن أحمد"]);
  });

  it("is never a title, even one the tagger runs into", () => {
    const text = "وأشار المهندس سامر بن صالح الرئيس التنفيذي للشركة إلى النتائج.";
    expect(persons(text, tagging(["سامر", "بن", "صالح", "الرئيس"]))).toEqual(["سامر بن صالح"]);
  });

  it("stays out without the tagger (rules only)", () => {
    const text = "افتتح مدير الإدارة العميد سامر بن أحمد الداهوك المركز الجديد.";
    expect(persons(text, false)).toEqual(["سامر بن أحمد"]);
  });
});

describe("أبا in a family name", () => {
  it("joins the name chain as أبو does", () => {
    expect(persons("وحضر التوقيع نائب رئيس النادي فيصل أبا الخيل في المطار.", false)).toEqual([
      "فيصل أبا الخيل",
    ]);
  });
});

describe("one word the tagger alone calls a person", () => {
  it("is dropped when nothing before it announces a name", () => {
    expect(persons("وقال إنه أمر غريب قد يزيد المشاكل.", tagging(["غريب"]))).toEqual([]);
  });

  it("is kept after a nationality, a trade or a verb of saying", () => {
    expect(persons("وسجل المهاجم البرازيلي غريب هدفا.", tagging(["غريب"]))).toEqual(["غريب"]);
    expect(persons("وقال غريب إن اللاعبين جاهزون للمباراة.", tagging(["غريب"]))).toEqual(["غريب"]);
  });

  it("ends before the verb's indefinite object after a title (rules only)", () => {
    expect(persons("وسجل المهاجم البرازيلي غريب هدفا.", false)).toEqual(["غريب"]);
    expect(persons("وحقق المهاجم الإسباني غريب فوزاً ثميناً.", false)).toEqual(["غريب"]);
    // A surname ending in alif that the name lists know stays: جواو سيلفا.
    expect(persons("وسجل اللاعب جواو سيلفا هدفا.", false)).toEqual(["جواو سيلفا"]);
  });
});

describe("definite adjectives the tagger calls a person", () => {
  it("are the adjectives of the definite noun before them", () => {
    const text = "وصدر الأمر السامي الكريم بالموافقة على المشروع.";
    expect(persons(text, tagging(["السامي", "الكريم"]))).toEqual([]);
  });
});

describe("a rank that is also an ordinary noun (الفريق)", () => {
  it("takes no lone word that is neither a given name nor a person to the tagger", () => {
    expect(persons("وقال المدرب إن الفريق جاهز للمباراة.", false)).toEqual([]);
  });

  it("still takes a name", () => {
    expect(persons("وكشف نائب رئيس الشرطة الفريق ضاحي خلفان عن البلاغ.", false)).toEqual(["ضاحي خلفان"]);
  });
});

describe("a tagger's name running on", () => {
  it("ends before a preposition glued to a noun", () => {
    const text = "وتقاسم المركز الثاني سامر الحربي وكاسترو بنقطة واحدة.";
    expect(persons(text, tagging(["كاسترو", "بنقطة"]))).not.toContain("كاسترو بنقطة");
  });

  it("ends before و glued to the next name", () => {
    const text = "ويقود الهجوم الثنائي رونالدو وبيل في المباراة.";
    expect(persons(text, tagging(["رونالدو", "وبيل"]))).not.toContain("رونالدو وبيل");
  });

  it("keeps a surname that starts with و as written", () => {
    const text = "وقال جون واطسون إن النتائج ضعيفة.";
    expect(persons(text, tagging(["جون", "واطسون"]))).toEqual(["جون واطسون"]);
  });
});

// Sentences written for these tests.
describe("a family name after three parts or after another family name", () => {
  it("ends a chain of three given names", () => {
    expect(persons("وقال العقيد سالم محمد أحمد الزهراني إن الحادث وقع أمس.", false)).toEqual([
      "سالم محمد أحمد الزهراني",
    ]);
  });

  it("takes a tribe's nisba after a family name", () => {
    expect(persons("وأوضح الدكتور سالم الخالد الدوسري أن المعرض ناجح.", false)).toEqual([
      "سالم الخالد الدوسري",
    ]);
  });

  it("still finds the person by the family name before the nisba", () => {
    const text = "وقال الدكتور سالم بن سعد الخالد الدوسري إن العمل مستمر. وأضاف الخالد أن النتائج جيدة.";
    const found = extract(text, { tagger: false }).entities.filter((e) => e.type === "Person");
    expect(found.map((e) => e.mentions.map((m) => m.text))).toEqual([
      ["سالم بن سعد الخالد الدوسري", "الخالد"],
    ]);
  });

  it("takes no ordinal or word of time after the name", () => {
    expect(persons("وقال العقيد سالم محمد أحمد الحالي إن الحادث وقع أمس.", false)).toEqual([
      "سالم محمد أحمد",
    ]);
  });

  it("takes a known person's family name as the family name of another person", () => {
    expect(persons("وفاز الطالب فهد سلمان الغزواني بالجائزة الأولى.", false)).toEqual(["فهد سلمان الغزواني"]);
  });
});

// Sentences written for these tests.
describe("a family name that is also a country's adjective", () => {
  const mentions = (text: string): string[] =>
    extract(text, { tagger: false }).entities.map(
      (e) => `${e.type} ${e.mentions.map((m) => m.text).join("|")}`,
    );

  it("is the person after a verb of saying and a rank, or after a degree", () => {
    const text =
      "صرح المتحدث الرسمي العميد فهد التركي بأن الحادث وقع أمس. وأكد العميد التركي أن التحقيق مستمر. وأشاد الدكتور التركي بالجهود.";
    expect(mentions(text)).toEqual(["Person فهد التركي|التركي|التركي"]);
  });

  it("stays the country's adjective after an office", () => {
    const text = "صرح العميد فهد التركي بأن الحادث وقع أمس. وزار الرئيس التركي العاصمة.";
    expect(mentions(text)).toContain("Country التركي");
  });
});

describe("words the tagger calls a name that are none", () => {
  it("God's name alone is no body", () => {
    const org: SentenceTagger = { tag: (ws) => ws.map((w) => (w === "الله" ? "B-ORG" : "O")) };
    const found = extract("وكانت الحكومة -أيدها الله- قد أنشأت أجهزة جديدة.", { tagger: org }).entities;
    expect(found.map((e) => e.name)).toEqual([]);
  });

  it("a noun with a plural pronoun is no family name", () => {
    expect(persons("شاكرين لكم دعمكم ونبيل مواقفكم مع الشعب.", tagging(["ونبيل", "مواقفكم"]))).toEqual([]);
  });
});

// Sentences written for these tests.
describe("a given name that is also a country's adjective", () => {
  it("starts a name before a father's name and a family name", () => {
    expect(persons("وفاز تركي عبدالله المصري بالجائزة الأولى.", false)).toEqual(["تركي عبدالله المصري"]);
  });

  it("stays an adjective before a lone given name", () => {
    expect(persons("وقال مسؤول تركي محمد إن الأمر انتهى.", false)).toEqual([]);
  });
});

// Sentences written for these tests.
describe("a name with a tribe's nisba and no title before it", () => {
  it("is read whole, and the family name alone finds it", () => {
    const text = "وقد نظم سالم بن سعد العريفي الدوسري قصائد كثيرة. ونقل العريفي بعضها.";
    const found = extract(text, { tagger: false }).entities.filter((e) => e.type === "Person");
    expect(found.map((e) => e.mentions.map((m) => m.text))).toEqual([
      ["سالم بن سعد العريفي الدوسري", "العريفي"],
    ]);
  });
});

// Sentences written for these tests.
describe("a compound given name before a family name, without a title", () => {
  it("is not read as a family name followed by a tribe's nisba", () => {
    expect(persons("واختار المدرب كلا من: سالم جوهر، عبد الله السبيعي، عبد الملك الخيبري.", false)).toEqual([
      "عبد الله السبيعي",
      "عبد الملك الخيبري",
    ]);
  });
});

// Sentences written for these tests.
describe("one person written with and without بن", () => {
  it("keeps the family name alone pointing at that person", () => {
    const text =
      "وقال أمين عام الغرفة سالم بن فهد العتيبي إن العمل مستمر. وأكد سالم فهد العتيبي أن النتائج جيدة. وأضاف العتيبي أن الغرفة مستعدة.";
    const found = extract(text, { tagger: false }).entities.filter((e) => e.type === "Person");
    expect(found.flatMap((e) => e.mentions.map((m) => m.text))).toContain("العتيبي");
  });
});

describe("one person written with and without بن, the family name alone tagged as a body", () => {
  it("is that person", () => {
    const text =
      "وقال أمين عام الغرفة سالم بن فهد العتيبي إن العمل مستمر. وأكد سالم فهد العتيبي أن النتائج جيدة. وأضاف العتيبي أن الغرفة مستعدة.";
    const org: SentenceTagger = {
      tag: (ws) => ws.map((w) => (w === "العتيبي" && ws[0] === "وأضاف" ? "B-ORG" : "O")),
    };
    const found = extract(text, { tagger: org }).entities;
    expect(found.filter((e) => e.type === "Organization")).toEqual([]);
    expect(found.flatMap((e) => e.mentions.map((m) => m.text))).toContain("العتيبي");
  });
});
