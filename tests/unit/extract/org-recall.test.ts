// Sentences written for these tests; the bodies and people are invented unless commonly known.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { boardOf } from "../../../ingest/extract/headless.js";

const found = (text: string, type: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a definite head behind the preposition ل (للهيئة)", () => {
  it.each([
    ["قال المتحدث الرسمي للهيئة العامة للإحصاء إن النمو تباطأ.", "الهيئة العامة للإحصاء"],
    ["وأوضح المدير التنفيذي للشركة الوطنية للتأمين أن الأرباح زادت.", "الشركة الوطنية للتأمين"],
    ["وتعرضت دورية تابعة للجيش الإسرائيلي لهجوم.", "الجيش الإسرائيلي"],
  ])("%s", (text, name) => {
    expect(found(text, "Organization")).toContain(name);
  });

  it("the name keeps its article, not the preposition", () => {
    const names = found("وفقا للهيئة العامة للإحصاء فإن البطالة انخفضت.", "Organization");
    expect(names).toEqual(["الهيئة العامة للإحصاء"]);
  });
});

describe("centres and forces", () => {
  it.each([
    ["أقام مركز التنمية الاجتماعية دورة للشباب.", "مركز التنمية الاجتماعية"],
    ["وشاركت قوة الطوارئ الخاصة في التمرين.", "قوة الطوارئ الخاصة"],
    ["وافتتح مركز الملك فهد للأبحاث مختبرا جديدا.", "مركز الملك فهد للأبحاث"],
    ["وقدمت مؤسسة الأمير نايف الخيرية منحا للطلاب.", "مؤسسة الأمير نايف الخيرية"],
  ])("%s", (text, name) => {
    expect(found(text, "Organization")).toContain(name);
  });

  it.each([
    "وقال إن قوة العمل ارتفعت هذا العام.",
    "ويحتل الفريق مركز الصدارة في الدوري.",
    "وتزداد قوة الصين الاقتصادية عاما بعد عام.",
    "وأعلنت قيادة الولايات المتحدة أنها ستدرس الطلب.",
  ])("no organisation: %s", (text) => {
    expect(found(text, "Organization")).toEqual([]);
  });

  it("a title and name after a head the person holds stays the person (بقيادة الأمير X)", () => {
    const text = "وانطلقت القافلة بقيادة الأمير خالد بن سعد.";
    expect(found(text, "Organization")).toEqual([]);
  });
});

describe("the management of a body stands for the body", () => {
  it.each([
    ["إدارة النجوم", "النجوم"],
    ["مجلس إدارة النجوم", "النجوم"],
    ["مجلس إدارة شركة النجوم", "شركة النجوم"],
    ["مجلس النجوم", null],
  ])("%s → %s", (name, body) => {
    expect(boardOf(name)).toBe(body);
  });
});

describe("a national federation by its nisba", () => {
  it("الاتحاد + nisba names the country's federation, and joins its full name", () => {
    const text = "وقرر الاتحاد المغربي لكرة اليد إيقاف اللاعب. وقال الاتحاد المغربي إن القرار نهائي.";
    const orgs = extract(text, { tagger: false }).entities.filter((e) => e.type === "Organization");
    expect(orgs.map((e) => e.name)).toEqual(["الاتحاد المغربي لكرة اليد"]);
    expect(orgs[0]?.mentions.map((m) => m.text)).toContain("الاتحاد المغربي");
  });

  it("alone, it is still a name", () => {
    expect(found("وفرض الاتحاد التونسي غرامة على النادي.", "Organization")).toEqual(["الاتحاد التونسي"]);
  });

  it("a known union stays the known one", () => {
    expect(found("وفرض الاتحاد الأوروبي عقوبات جديدة.", "Organization")).toEqual(["الاتحاد الأوروبي"]);
  });
});

describe("a body named by its seat", () => {
  it.each([
    ["وأصدرت المحكمة الجزائية بجدة حكما بسجن المتهم.", "المحكمة الجزائية بجدة", "جدة"],
    ["ووقعت الغرفة التجارية بالرياض اتفاقية مع البنك.", "الغرفة التجارية بالرياض", "الرياض"],
  ])("%s", (text, org, city) => {
    expect(found(text, "Organization")).toContain(org);
    expect(found(text, "City")).toContain(city);
  });

  it("a definite noun with no adjective before the city names nothing", () => {
    expect(found("وقال إن المستشفى بجدة سيفتتح قريبا.", "Organization")).toEqual([]);
  });
});

describe("adjectives of institution names", () => {
  it.each([
    ["ونقل المصاب إلى مستشفى القوات المسلحة لتلقي العلاج.", "مستشفى القوات المسلحة"],
    ["واحتفل مركز التنمية الأسرية بتخريج المتدربات.", "مركز التنمية الأسرية"],
  ])("%s", (text, name) => {
    expect(found(text, "Organization")).toContain(name);
  });
});

describe("a sport club by its name after a word of the game", () => {
  it.each([
    ["وأشاد مدرب النجمة بأداء لاعبيه في المباراة.", "النجمة"],
    ["وسجل مهاجم الكواكب هدفين في الشوط الثاني.", "الكواكب"],
    ["وهتفت جماهير الصاعقة طوال اللقاء.", "الصاعقة"],
  ])("%s", (text, club) => {
    expect(found(text, "Organization")).toContain(club);
  });

  it.each([
    "وقال لاعب الوسط إن الفوز مستحق.",
    "وسيجتمع فريق العمل مع فريق البحث غدا.",
    "وانضم فريق الباحثين إلى المشروع.",
    "وتدرب لاعبو الفريق على الكرات الثابتة مع مدرب الحراس.",
    "وشارك لاعبي الخبرة في الحصة التدريبية.",
  ])("no club: %s", (text) => {
    expect(found(text, "Organization")).toEqual([]);
  });

  it.each([
    ["وخسر فريقنا مباراة الكواكب بهدف نظيف.", ["الكواكب"]],
    ["وأشاد مدرب الصاعقة والكواكب بالتحكيم.", ["الصاعقة", "الكواكب"]],
    ["وتقام بطولة السوبر بين الصاعقة والكواكب في مدينة أبها.", ["الصاعقة", "الكواكب"]],
    ["وانتهت المباراة بين الكواكب والصاعقة بالتعادل.", ["الكواكب", "الصاعقة"]],
  ])("a match or a list names the clubs: %s", (text, clubs) => {
    expect(found(text, "Organization")).toEqual(clubs);
  });

  it.each([
    "وتقام مباراة الذهاب يوم الجمعة المقبل.",
    "وحسم مباراة الأخضر بهدفين.",
    "وجرى لقاء بين الحكومة والمعارضة أمس.",
    "وفرق القاضي بين الصدق والكذب في شهادته.",
  ])("no club: %s", (text) => {
    expect(found(text, "Organization")).toEqual([]);
  });

  it("a club at a match is not located in the match's city", () => {
    const r = extract("وتقام بطولة السوبر بين الصاعقة والكواكب في لندن.", { tagger: false });
    expect(r.relations.filter((x) => x.type === "LOCATED_IN")).toEqual([]);
  });

  it("a club named with نادي once is the same club after the cue", () => {
    const text = "أعلن نادي النجمة تعاقده مع مدافع جديد. وقال مدرب النجمة إن الصفقة مهمة.";
    const orgs = extract(text, { tagger: false }).entities.filter((e) => e.type === "Organization");
    expect(orgs.map((e) => e.name)).toEqual(["نادي النجمة"]);
    expect(orgs[0]?.mentions.map((m) => m.text)).toContain("النجمة");
  });
});

describe("Maghreb clubs named with a town", () => {
  it("مولودية/وفاق + a town is the town's club, not a mention of the town", () => {
    const text = "وفاز وفاق بسكرة على مولودية تلمسان في الجولة الأولى.";
    expect(found(text, "Organization")).toEqual(["وفاق بسكرة", "مولودية تلمسان"]);
    expect(found(text, "City")).toEqual([]);
  });

  it("وفاق alone is consensus", () => {
    expect(found("ودعا الرئيس إلى وفاق وطني شامل.", "Organization")).toEqual([]);
  });
});

describe("a unit named inside its body (إدارة X بوزارة Y)", () => {
  it.each([
    [
      "وأوضحت المشرفة في إدارة الموهوبين بوزارة التعليم أن البرنامج ناجح.",
      ["إدارة الموهوبين", "وزارة التعليم"],
    ],
    ["وقال مدير إدارة المرور بأمانة المنطقة إن الحملة مستمرة.", ["إدارة المرور"]],
    ["وشارك فريق من مركز الأبحاث بجامعة الملك سعود.", ["مركز الأبحاث", "جامعة الملك سعود"]],
  ])("%s", (text, names) => {
    expect(found(text, "Organization")).toEqual(names);
  });

  it("a head that is an everyday noun names no unit (حركة التجارة: trade)", () => {
    expect(found("وتحدث عن حركة التجارة بوزارة الاقتصاد.", "Organization")).toEqual(["وزارة الاقتصاد"]);
  });
});

describe("agencies news names without a head", () => {
  it.each([
    ["وباشرت فرق الدفاع المدني الحادث فور وقوعه.", "الدفاع المدني"],
    ["وتم استدعاء أمن الطرق إلى الموقع.", "أمن الطرق"],
  ])("%s", (text, name) => {
    expect(found(text, "Organization")).toEqual([name]);
  });
});

describe("a definite party head with a relative adjective (الحزب الشيوعي)", () => {
  it.each([
    ["وفاز الحزب الديمقراطي بالانتخابات.", ["الحزب الديمقراطي"]],
    ["واتفق الحزب الجمهوري والحزب الديمقراطي على الميزانية.", ["الحزب الجمهوري", "الحزب الديمقراطي"]],
    ["وقال الحزب الاشتراكي في بيان إن الحكومة أخطأت.", ["الحزب الاشتراكي"]],
  ])("%s", (text, names) => {
    expect(found(text, "Organization")).toEqual(names);
  });

  it.each([
    "وانتقد الحزب السياسي الجديد القرار.",
    "وقال إن الحزب الحالي ضعيف.",
    "وأكد تماسك الجبهة الداخلية.",
  ])("no party: %s", (text) => {
    expect(found(text, "Organization")).toEqual([]);
  });

  it.each([
    ["وأصدر الديوان الأميري بيانا عن الزيارة.", ["الديوان الأميري"]],
    ["وعمل مستشارا بالديوان الملكي سنوات.", ["الديوان الملكي"]],
    ["وأعلن البنك الأهلي توزيع الأرباح.", ["البنك الأهلي"]],
    ["وضخ البنك الشعبي الماليزي سيولة في السوق.", ["البنك الشعبي الماليزي"]],
  ])("a ruler's court or a bank named the same way: %s", (text, names) => {
    expect(found(text, "Organization")).toEqual(names);
  });

  it.each(["وخفض البنك المركزي سعر الفائدة.", "وحول المبلغ إلى البنك المحلي في المدينة."])(
    "no named bank: %s",
    (text) => {
      expect(found(text, "Organization")).toEqual([]);
    },
  );
});

describe("a body followed by a short verb (لجنة تضم)", () => {
  it.each([
    "وشكلت الوزارة لجنة تضم الجهات المعنية لدراسة الطلبات.",
    "وأعلن تشكيل مجلس يضم الخبراء والمختصين.",
  ])("no organisation: %s", (text) => {
    expect(found(text, "Organization")).toEqual([]);
  });
});
