import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import {
  article,
  CAST,
  checkRelationCase,
  type RelationCase,
  person,
  org,
  city,
  place,
  country,
} from "./fixture.js";

// Pattern families added for recall on unseen news: funding nouns, backing participles,
// apposed places, bare titles as objects, fronted subjects (كان X قد), coordinated arguments.
// Sentences written for these tests in the style of wire copy.

const tn = country("tn", "تونس", "التونسي", "التونسية");
const sd = country("sd", "السودان", "السوداني", "السودانيين");
const de = country("de", "ألمانيا", "الألماني", "الألمانية");
const tr = country("tr", "تركيا", "التركي", "التركية");
const qa = country("qa", "قطر", "القطري", "القطرية");

const cases: RelationCase[] = [
  {
    family: "FUNDED: وافق X على قرض لـY",
    text: "ووافق البنك الأفريقي للتنمية، الثلاثاء، على اتفاق قرض لتونس بقيمة 120 مليون دولار.",
    cast: [tn, org("afdb", "البنك الأفريقي للتنمية")],
    present: ["afdb FUNDED tn"],
  },
  {
    family: "FUNDED: قدمت X مبلغاً مساعدات للنازحين + nisba",
    text: "وقدمت ألمانيا 30 مليون يورو مساعدات إنسانية للنازحين السودانيين.",
    cast: [de, sd],
    present: ["de FUNDED sd"],
  },
  {
    family: "FUNDED: قدم X قرضاً ميسراً إلى Y",
    text: "وقدم الصندوق الكويتي للتنمية قرضاً ميسراً بقيمة 40 مليون دينار إلى السودان.",
    cast: [sd, org("kfaed", "الصندوق الكويتي للتنمية")],
    present: ["kfaed FUNDED sd"],
  },
  {
    family: "SUPPORTS: X، المدعوم من Y وZ",
    text: "وحصل المرشح سامي الهادي، المدعوم من حزب الوسط وحركة النهضة، على أعلى الأصوات.",
    cast: [person("hadi", "سامي الهادي"), org("wasat", "حزب الوسط"), org("nahda", "حركة النهضة")],
    present: ["wasat SUPPORTS hadi", "nahda SUPPORTS hadi"],
    absent: ["hadi SUPPORTS wasat"],
  },
  {
    family: "SUPPORTS: بدعم من Y",
    text: "وتقدم الجيش الوطني بدعم من تركيا نحو المدينة.",
    cast: [tr, org("army", "الجيش الوطني")],
    present: ["tr SUPPORTS army"],
  },
  {
    family: "SUPPORTS: X الذي تدعمه Y / X الموالية لـY",
    text: "وهاجم الحزب سامي الهادي الذي تدعمه حركة النهضة. واشتبكت الشرطة مع كتائب الفجر الموالية لتركيا.",
    cast: [tr, person("hadi", "سامي الهادي"), org("nahda", "حركة النهضة"), org("fajr", "كتائب الفجر")],
    present: ["nahda SUPPORTS hadi", "tr SUPPORTS fajr"],
  },
  {
    family: "VISITED: the city after the nisba, not the country",
    text: "ووصل وزير الخارجية الألماني يوهان فاديفول إلى العاصمة القطرية الدوحة، الأحد.",
    cast: [de, qa, city("doha", "الدوحة"), person("wadephul", "يوهان فاديفول")],
    present: ["wadephul VISITED doha", "doha LOCATED_IN qa"],
    absent: ["wadephul VISITED qa"],
  },
  {
    family: "LOCATED_IN: مدينة X الواقعة شمال Y / X عاصمة ولاية Y",
    text: "وسقطت قذائف على مدينة كسلا الواقعة شرق السودان. واحتشد السكان في نيالا عاصمة ولاية جنوب دارفور.",
    cast: [sd, city("kassala", "كسلا"), city("nyala", "نيالا"), place("darfur", "دارفور")],
    present: ["kassala LOCATED_IN sd", "nyala LOCATED_IN darfur"],
  },
  {
    family: "MET: a bare title as object resolves to the titled person",
    text: "ووصل الرئيس التركي رجب طيب أردوغان إلى الدوحة. واستقبل أمير قطر الشيخ تميم بن حمد الرئيس التركي في الديوان.",
    cast: [
      tr,
      qa,
      city("doha", "الدوحة"),
      person("erdogan", "رجب طيب أردوغان"),
      person("tamim", "تميم بن حمد"),
    ],
    present: ["erdogan MET tamim"],
    absent: ["tamim MET tr", "tr MET tamim"],
  },
  {
    family: "MET: كان X قد استقبل Y",
    text: "وكان العاهل الأردني الملك عبد الله الثاني قد استقبل وزير الخارجية التركي هاكان فيدان في عمان، الأحد.",
    cast: [CAST.jo!, tr, person("abdullah", "عبد الله الثاني"), person("fidan", "هاكان فيدان")],
    present: ["abdullah MET fidan"],
  },
  {
    family: "MET: مؤتمر صحفي مع نظيره",
    text: "وقال وزير الخارجية المصري سامح شكري، خلال مؤتمر صحفي مع نظيره الأردني أيمن الصفدي، إن الحل سياسي.",
    cast: [CAST.eg!, CAST.jo!, person("shoukry", "سامح شكري"), person("safadi", "أيمن الصفدي")],
    present: ["safadi MET shoukry"],
  },
  {
    family: "ATTACKED: nisba attackers coordinated, target after على مواقع لـ",
    text: "وشنت طائرات فرنسية وأميركية غارات على مواقع لتنظيم داعش في مالي.",
    cast: [
      country("fr", "فرنسا", "فرنسية"),
      country("us", "الولايات المتحدة", "أميركية"),
      CAST.isis!,
      CAST.ml!,
    ],
    present: ["fr ATTACKED isis", "us ATTACKED isis"],
    absent: ["isis ATTACKED ml"],
  },
  {
    family: "LEADS: a title whose complement is a head noun (المدير العام للصندوق)",
    text: "ووافق صندوق النقد العربي على القرض. وقال المدير العام للصندوق فهد التركي إن البرنامج ناجح.",
    cast: [org("amf", "صندوق النقد العربي"), person("turki", "فهد التركي")],
    present: ["turki LEADS amf"],
  },
  {
    family: "LEADS: a bare title takes no country from elsewhere",
    text: "وانتهت ولاية الرئيس السابق ميشال سليمان. وأعلن الرئيس الفرنسي إيمانويل ماكرون دعمه.",
    cast: [
      CAST.fr!,
      {
        id: "suleiman",
        type: "Person",
        forms: ["ميشال سليمان"],
        properties: { role: "President", roleOf: "fr" },
      },
      person("macron", "إيمانويل ماكرون"),
    ],
    present: ["macron LEADS fr"],
    absent: ["suleiman LEADS fr"],
  },
];

describe("relate: recall patterns", () => {
  it.each(cases)("$family", checkRelationCase);

  it("takes the loan's amount and currency from the clause", () => {
    const text = "ووافق البنك الأفريقي للتنمية على قرض لتونس بقيمة 120 مليون دولار.";
    const { relations } = relate(article(text, [tn, org("afdb", "البنك الأفريقي للتنمية")]));
    const r = relations.find((x) => x.type === "FUNDED");
    expect(r?.properties).toMatchObject({ amount: 120_000_000, currency: "USD", item: "loan" });
  });
});
