import { describe, it } from "vitest";
import { CAST, checkRelationCase, type RelationCase, person, org, city } from "./fixture.js";

// Issue 14, round 4: titled parties, reception, verbal nouns after a reporting verb, subjects
// carried over. Sentences written for these tests (names invented), not taken from any corpus.

const cases: RelationCase[] = [
  {
    family: "a verb's subject is the person a title with its organisation leads to",
    text: "وصل رئيس مجلس إدارة نادي الشباب المهندس خالد المطيري إلى مدينة ميونخ أمس.",
    cast: [org("club", "نادي الشباب"), person("khalid", "خالد المطيري"), city("munich", "ميونخ")],
    present: ["khalid VISITED munich", "khalid LEADS club"],
    absent: ["club VISITED munich"],
  },
  {
    family: "a title before a name over ranks is that name's, not the previous name's apposition",
    text: "والتقى رئيس هيئة الأركان سعد الحربي قائد القيادة المركزية الأمريكية الجنرال جون مارتن.",
    cast: [
      org("staff", "هيئة الأركان"),
      person("saad", "سعد الحربي"),
      org("centcom", "القيادة المركزية الأمريكية"),
      person("john", "جون مارتن"),
    ],
    present: ["john MET saad", "john LEADS centcom", "saad LEADS staff"],
    absent: ["saad LEADS centcom"],
  },
  {
    family: "a country right after an unnamed title (سفير X) is not a party of the verb",
    text: "استقبل رئيس مجلس الشورى الدكتور ناصر العمر سفير اليابان.",
    cast: [org("shura", "مجلس الشورى"), person("nasser", "ناصر العمر"), CAST.jp!],
    present: ["nasser LEADS shura"],
    absent: ["jp MET nasser"],
  },
  {
    family: "a country's nisba before a second title is the title's, not the verb's party",
    text: "والتقى نائب الرئيس اليمني رئيس مجلس الوزراء صالح العمري اليوم في مقر الحكومة.",
    cast: [CAST.ye!, person("saleh", "صالح العمري")],
    present: [],
    absent: ["saleh MET ye", "ye MET saleh"],
  },
];

describe("relate: news families of issue 14, round 4", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));
});

const more: RelationCase[] = [
  {
    family: "reception: the people in وكان في استقباله met the one who arrived (same sentence)",
    text: "وصل وزير الخارجية الأردني سالم القاسم إلى الرياض أمس، وكان في استقباله نائب وزير الخارجية فهد الدوسري.",
    cast: [CAST.jo!, person("salem", "سالم القاسم"), CAST.sa!, person("fahd", "فهد الدوسري")],
    present: ["salem VISITED sa", "fahd MET salem"],
  },
  {
    family: "reception: the visitor of the previous sentence, past a place that is no party",
    text: "وصل الرئيس اللبناني جورج حداد إلى جدة مساء أمس. وكان في استقباله لدى وصوله مطار الملك عبدالعزيز الدولي أمير منطقة مكة المكرمة الأمير سعود بن فهد ونائبه.",
    cast: [
      CAST.lb!,
      person("george", "جورج حداد"),
      city("jeddah", "جدة"),
      { id: "airport", type: "Location", forms: ["مطار الملك عبدالعزيز الدولي"] },
      { id: "makkah", type: "Location", forms: ["منطقة مكة المكرمة"] },
      person("saud", "سعود بن فهد"),
    ],
    present: ["george VISITED jeddah", "george MET saud"],
    absent: ["airport MET george", "george MET airport"],
  },
  {
    family: "a feminine light verb opening a sentence goes on about the previous sentence's body",
    text: "وأعلنت وزارة الدفاع الفرنسية أن العملية بدأت. وشنت غارات جديدة على مدينة الرقة.",
    cast: [org("mod", "وزارة الدفاع الفرنسية"), city("raqqa", "الرقة")],
    present: ["mod ATTACKED raqqa"],
  },
  {
    family: "a feminine verb opening a sentence: the body of the previous sentence's verb",
    text: "زارت بعثة الصليب الأحمر مدينة عدن أمس. ووقعت اتفاقية مع وزارة الصحة اليمنية.",
    cast: [org("icrc", "الصليب الأحمر"), city("aden", "عدن"), org("moh", "وزارة الصحة اليمنية")],
    present: ["icrc VISITED aden", "icrc COOPERATES_WITH moh"],
  },
  {
    family: "no carried subject across a sentence whose verb has none, nor a person for a feminine verb",
    text: "زار الوزير خالد العنزي مدينة أبها. ووقعت اتفاقية مع جامعة الملك خالد.",
    cast: [person("khalid", "خالد العنزي"), city("abha", "أبها"), org("kku", "جامعة الملك خالد")],
    present: ["khalid VISITED abha"],
    absent: ["khalid COOPERATES_WITH kku", "kku COOPERATES_WITH khalid"],
  },
  {
    family: "title + committee + في the chamber + ب city + name: LEADS and PART_OF",
    text: "وأوضح رئيس لجنة النقل في الغرفة التجارية الصناعية بالدمام المهندس سامي الخالدي أن الطلب ارتفع.",
    cast: [
      org("committee", "لجنة النقل"),
      org("chamber", "الغرفة التجارية الصناعية"),
      city("dammam", "الدمام"),
      person("sami", "سامي الخالدي"),
    ],
    present: ["sami LEADS committee", "committee PART_OF chamber"],
    absent: ["sami LEADS chamber"],
  },
  {
    family: "title + committee + ب district + name: LOCATED_IN",
    text: "وقال رئيس لجنة التنمية الاجتماعية بحي العزيزية ماجد الحربي إن البرنامج انتهى.",
    cast: [
      org("committee", "لجنة التنمية الاجتماعية"),
      { id: "district", type: "Location", forms: ["حي العزيزية"] },
      person("majed", "ماجد الحربي"),
    ],
    present: ["majed LEADS committee", "committee LOCATED_IN district"],
  },
];

describe("relate: reception, carried subjects, committees in their chamber", () => {
  it.each(more)("$family", (c) => checkRelationCase(c));
});
