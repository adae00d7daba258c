import { describe, it } from "vitest";
import { CAST, checkRelationCase, type RelationCase, person, org, city, place } from "./fixture.js";

// Issue 14, round 7: noun-phrase facts — ministers of a portfolio the title list lacks, برئاسة
// over honorifics and a nisba, places deep in a region, sites in a city. Sentences and names
// written for these tests, not taken from any corpus.

const cases: RelationCase[] = [
  {
    family: "LEADS: وزير + a portfolio the title list lacks → the ministry of those words",
    text: "وأعلن وزير الشؤون البلدية والقروية الدكتور ماجد العتيبي خطة جديدة. وكانت وزارة الشؤون البلدية والقروية قد درست الخطة.",
    cast: [person("majed", "ماجد العتيبي"), org("momra", "وزارة الشؤون البلدية والقروية")],
    present: ["majed LEADS momra"],
  },
  {
    family: "LEADS: an unknown portfolio with the country's nisba reaches that country's ministry",
    text: "وافتتح وزير السياحة المصري كمال يونس المعرض. وقالت وزارة السياحة المصرية إن الموسم جيد.",
    cast: [CAST.eg!, person("kamal", "كمال يونس"), org("tourism", "وزارة السياحة المصرية")],
    present: ["kamal LEADS tourism"],
    absent: ["kamal MEMBER_OF eg"],
  },
  {
    family: "MEMBER_OF: an unknown portfolio with a nisba and no ministry named → the country",
    text: "وقال وزير الطاقة الياباني هيرو تاناكا إن الإمدادات كافية.",
    cast: [CAST.jp!, person("hiro", "هيرو تاناكا")],
    present: ["hiro MEMBER_OF jp"],
  },
  {
    family: "no portfolio from a definite الوزير (الوزير المختص X is no ministry's title)",
    text: "وقال الوزير المختص ماجد العتيبي إن وزارة المختص لم ترد.",
    cast: [person("majed", "ماجد العتيبي"), org("odd", "وزارة المختص")],
    present: [],
    absent: ["majed LEADS odd"],
  },
  {
    family: "LEADS: برئاسة over an honorific (مجلس إدارة نادي Y برئاسة المهندس X)",
    text: "وقرر مجلس إدارة نادي الفجر برئاسة المهندس سالم الدوسري تجديد عقد المدرب.",
    cast: [org("fajr", "نادي الفجر"), person("salem", "سالم الدوسري")],
    present: ["salem LEADS fajr"],
  },
  {
    family: "LEADS: برئاسة after a club and its nisba → the club, not the country",
    text: "واجتمع مجلس إدارة النادي الأهلي المصري برئاسة الأستاذ عمرو فهمي أمس.",
    cast: [CAST.eg!, org("ahly", "النادي الأهلي"), person("amr", "عمرو فهمي")],
    present: ["amr LEADS ahly"],
    absent: ["amr LEADS eg"],
  },
  {
    family: "LOCATED_IN: X الواقعة في أقصى شمال غرب Y (three heads after في)",
    text: "وغمرت السيول وادي الصفا الواقع في أقصى شمال غرب اليمن.",
    cast: [CAST.ye!, place("wadi", "وادي الصفا")],
    present: ["wadi LOCATED_IN ye"],
  },
  {
    family: "LOCATED_IN: a district east of a city, with no preposition",
    text: "وتجمع المحتجون في حي الورود شرق عمان أمس.",
    cast: [place("wurud", "حي الورود"), city("amman", "عمان")],
    present: ["wurud LOCATED_IN amman"],
  },
  {
    family: "no LOCATED_IN for a town north of a city (outside it)",
    text: "وانفجرت عبوة في بلدة الهدى شمال حلب.",
    cast: [city("huda", "بلدة الهدى"), city("aleppo", "حلب")],
    present: [],
    absent: ["huda LOCATED_IN aleppo"],
  },
  {
    family: "LOCATED_IN: a mosque, a stadium in a city with في",
    text: "وأقيمت الصلاة في جامع النور في الدوحة، ثم أقيمت المباراة على ملعب الوحدة في غزة.",
    cast: [place("nour", "جامع النور"), CAST.doha!, place("ground", "ملعب الوحدة"), CAST.gaza!],
    present: ["nour LOCATED_IN doha", "ground LOCATED_IN gaza"],
  },
  {
    family: "LOCATED_IN: an airport and its adjective left outside the name (مطار X الدولي في Y)",
    text: "وهبطت الطائرة في مطار الأمير نايف الدولي في الدوحة.",
    cast: [place("airport", "مطار الأمير نايف"), CAST.doha!],
    present: ["airport LOCATED_IN doha"],
  },
  {
    family: "no LOCATED_IN for a sea في a city (it borders it)",
    text: "وغرق قارب في البحر الأحمر في جدة.",
    cast: [place("redsea", "البحر الأحمر"), city("jeddah", "جدة")],
    present: [],
    absent: ["redsea LOCATED_IN jeddah"],
  },
  {
    family: "MEMBER_OF: a title of a definite head noun (للهيئة) → the body written with that head before",
    text: "وباشرت هيئة الإسعاف الوطني أربعين حالة. وقال المتحدث الرسمي للهيئة خالد المري إن الفرق جاهزة.",
    cast: [org("ambulance", "الإسعاف الوطني"), person("khaled", "خالد المري")],
    present: ["khaled MEMBER_OF ambulance"],
  },
  {
    family: "LEADS: مدير الجامعة X → the university named before",
    text: "واستضافت جامعة النهرين المؤتمر. وقال مدير الجامعة الدكتور حسن الراوي إن المؤتمر ناجح.",
    cast: [org("nahrain", "جامعة النهرين"), person("hasan", "حسن الراوي")],
    present: ["hasan LEADS nahrain"],
  },
  {
    family: "MEMBER_OF: a title's state behind ب and its head noun (وزير الخارجية بدولة Y X)",
    text: "وأقام وزير الخارجية بدولة اليابان الدكتور كينجي ساتو مأدبة عشاء.",
    cast: [CAST.jp!, person("kenji", "كينجي ساتو")],
    present: ["kenji MEMBER_OF jp"],
  },
  {
    family: "no MET or SUPPORTS across an honorific after an event noun (only an office trigger skips it)",
    text: "وحضر اللقاء الدكتور وليد السالم عضو هيئة التدريس بجامعة النهرين.",
    cast: [org("nahrain", "جامعة النهرين"), person("walid", "وليد السالم")],
    present: [],
    absent: ["nahrain MET walid", "walid MET nahrain"],
  },
  {
    family: "no LOCATED_IN from a direction word read as a name (وشرق ووسط Y)",
    text: "وتهطل الأمطار على وشرق ووسط اليمن.",
    cast: [CAST.ye!, place("east", "وشرق")],
    present: [],
    absent: ["east LOCATED_IN ye"],
  },
  {
    family: "LEADS the parliament a speaker's title names, when the article names it",
    text: "وقال رئيس البرلمان الأردني ناصر الخالدي إن الجلسة مؤجلة. ووافق البرلمان الأردني على القانون.",
    cast: [CAST.jo!, org("parl", "البرلمان الأردني"), person("nasser", "ناصر الخالدي")],
    present: ["nasser LEADS parl"],
    absent: ["nasser LEADS jo"],
  },
  {
    family: "a speaker of parliament belongs to the country when the body is not named (no LEADS)",
    text: "وقال ناصر الخالدي رئيس مجلس النواب الأردني إن الجلسة مؤجلة.",
    cast: [CAST.jo!, person("nasser", "ناصر الخالدي")],
    present: ["nasser MEMBER_OF jo"],
    absent: ["nasser LEADS jo"],
  },
];

describe("relate: noun-phrase facts, round 7", () => {
  it.each(cases)("$family", (c) => checkRelationCase(c));
});
