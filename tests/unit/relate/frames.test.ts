import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, CAST, checkRelationCase, type RelationCase, person, org } from "./fixture.js";

// Sentences written for these tests in the style of Arabic wire copy (not taken from the sample).

const cases: RelationCase[] = [
  {
    family: "MET: استقبل X (في مكان) Y",
    text: "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة، الأحد، العاهل الأردني الملك عبد الله الثاني.",
    cast: [CAST.eg!, CAST.jo!, person("sisi", "عبد الفتاح السيسي"), person("abdullah", "عبد الله الثاني")],
    present: ["abdullah MET sisi"],
    absent: ["eg MET jo", "sisi MET eg"],
  },
  {
    family: "MET: التقى X بـ/مع Y",
    text: "والتقى وزير الخارجية الإيراني محمد جواد ظريف مع نظيره الروسي سيرغي لافروف في موسكو.",
    cast: [CAST.ir!, CAST.ru!, person("zarif", "محمد جواد ظريف"), person("lavrov", "سيرغي لافروف")],
    present: ["lavrov MET zarif"],
    absent: ["ir MET ru"],
  },
  {
    family: "MET: محادثات بين X وY",
    text: "وجرت محادثات بين فرنسا وإسبانيا حول الهجرة.",
    cast: [CAST.fr!, CAST.es!],
    present: ["es MET fr"],
  },
  {
    family: "VISITED: وصل X إلى Y",
    text: "ووصل وزير الخارجية الفرنسي جان إيف لودريان إلى الدوحة في زيارة رسمية.",
    cast: [CAST.fr!, CAST.doha!, person("ledrian", "جان إيف لودريان")],
    present: ["ledrian VISITED doha", "ledrian MEMBER_OF fr"],
    absent: ["fr VISITED doha"],
  },
  {
    family: "FUNDED: قدم X مساعدات لـY (amount)",
    text: "وقدمت اليابان مساعدات إنسانية بقيمة 10 ملايين دولار إلى اليمن.",
    cast: [CAST.jp!, CAST.ye!],
    present: ["jp FUNDED ye"],
  },
  {
    family: "FUNDED: تسلم X ... من Y (item)",
    text: "وتسلم الجيش اللبناني شحنة أسلحة وذخائر من الولايات المتحدة.",
    cast: [CAST.lb!, CAST.us!, org("lebarmy", "الجيش اللبناني")],
    present: ["us FUNDED lebarmy"],
  },
  {
    family: "FUNDED: قدم without money or item is no transfer",
    text: "وقدم الرئيس الفرنسي إيمانويل ماكرون اعتذاره إلى الجزائر.",
    cast: [CAST.fr!, person("macron", "إيمانويل ماكرون"), { id: "dz", type: "Country", forms: ["الجزائر"] }],
    present: ["macron LEADS fr"],
    absent: ["macron FUNDED dz"],
  },
  {
    family: "SANCTIONED: فرض X عقوبات على Y",
    text: "وفرضت الولايات المتحدة عقوبات جديدة على إيران بسبب برنامجها الصاروخي.",
    cast: [CAST.us!, CAST.ir!],
    present: ["us SANCTIONED ir"],
  },
  {
    family: "ATTACKED: غارات على / الغزو X لـY",
    text: "وشنت إسرائيل غارات على غزة. وتتواصل المعارك منذ الغزو الروسي لأوكرانيا.",
    cast: [CAST.il!, CAST.gaza!, CAST.ru!, CAST.ua!],
    present: ["il ATTACKED gaza", "ru ATTACKED ua"],
    absent: ["ua ATTACKED ru"],
  },
  {
    family: "WITHDREW_FROM: announced withdrawal is planned",
    text: "وأعلنت فرنسا سحب قواتها من مالي بحلول نهاية العام.",
    cast: [CAST.fr!, CAST.ml!],
    present: ["fr WITHDREW_FROM ml"],
  },
  {
    family: "WITHDREW_FROM: negated verb gives nothing",
    text: "وأكد المسؤول أن القوات الأميركية لن تنسحب من سوريا.",
    cast: [CAST.us!, CAST.sy!],
    present: [],
    absent: ["us WITHDREW_FROM sy"],
  },
  {
    family: "LEADS: X الذي تقوده Y; OPPOSES: لمحاربة Z",
    text: "وقصفت طائرات التحالف الدولي الذي تقوده واشنطن مواقع لمحاربة تنظيم داعش.",
    cast: [CAST.us!, CAST.coalition!, CAST.isis!],
    present: ["us LEADS coalition", "coalition OPPOSES isis"],
    absent: ["us OPPOSES isis"],
  },
  {
    family: "COOPERATES_WITH: التعاون بين X وY / nisba pair",
    text: "وبحث الجانبان تعزيز التعاون بين المغرب وإسبانيا. وتشهد العلاقات السعودية الإيرانية تحسنا.",
    cast: [CAST.ma!, CAST.es!, CAST.sa!, CAST.ir!],
    present: ["es COOPERATES_WITH ma", "ir COOPERATES_WITH sa"],
  },
  {
    family: "SUPPORTS: X بحاجة لمساعدة Y (the helper is Y)",
    text: "وقال المسؤول إن لبنان بحاجة لمساعدة فرنسا في إعادة الإعمار.",
    cast: [CAST.lb!, CAST.fr!],
    present: ["fr SUPPORTS lb"],
    absent: ["lb SUPPORTS fr"],
  },
];

describe("relate: verb frames and nominal patterns", () => {
  it.each(cases)("$family", checkRelationCase);

  it.each([
    ["planned", "وأعلنت فرنسا سحب قواتها من مالي بحلول نهاية العام.", "fr WITHDREW_FROM ml"],
    ["done", "وانسحبت القوات الأميركية من أفغانستان في أغسطس الماضي.", "us WITHDREW_FROM af"],
  ])("status %s", (status, text, triple) => {
    const { relations } = relate(article(text, [CAST.fr!, CAST.ml!, CAST.us!, CAST.af!]));
    const r = relations.find((x) => `${x.source} ${x.type} ${x.target}` === triple);
    expect(r?.properties.status).toBe(status);
    expect(r?.properties.dateText).toBeTypeOf("string");
  });

  it("takes the nearest money and the item word for FUNDED", () => {
    const text = "وتسلم الجيش اللبناني، الخميس، معدات عسكرية بقيمة 40 مليون دولار من الولايات المتحدة.";
    const { relations } = relate(article(text, [CAST.lb!, CAST.us!, org("lebarmy", "الجيش اللبناني")]));
    const r = relations.find((x) => x.type === "FUNDED");
    expect(r).toMatchObject({ source: "us", target: "lebarmy" });
    expect(r?.properties).toMatchObject({
      amount: 40_000_000,
      currency: "USD",
      item: "equipment",
      status: "done",
    });
  });
});
