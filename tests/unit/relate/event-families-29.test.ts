import { describe, it } from "vitest";
import { checkRelationCase, city, country, person, place, type RelationCase } from "./fixture.js";

// Issue 14, event relations round 29: receptions with the guest named after «في استقبال» (by name or
// by a title alone), lists of hosts set off by titles, and the guest's arrival (لدى وصوله مطار Y).
// Sentences written for these tests.
const king = person("a_king", "خالد بن راشد");
const prince = person("a_prince", "فيصل بن راشد");
const pm = person("h_pm", "سامي الحديدي");
const interior = person("h_interior", "فارس العبدالله");
const foreign = person("h_foreign", "نبيل الصالح");
const police = person("h_police", "سعد العتيبي");
const mayor = person("h_mayor", "سالم المري");
const other = person("h_other", "فهد الدوسري");
const amman = city("c_amman", "عمان");
const airport = place("p_airport", "مطار الملكة علياء");
const tabuk = place("p_tabuk", "مطار تبوك");
const ru = country("ru", "روسيا", "الروسي", "الروسية");
const il = country("il", "إسرائيل", "الإسرائيلي", "الإسرائيلية");
const inIndia = country("in", "الهند", "الهندي", "الهندية");
const pk = country("pk", "باكستان", "الباكستاني", "الباكستانية");
const fr = country("fr", "فرنسا", "الفرنسي", "الفرنسية");
const town = city("c_town", "مدينة الزهراء");

const cases: RelationCase[] = [
  {
    family: "guest named by a title alone: the one who arrived; every host of the list met him",
    text:
      "وصل الملك خالد بن راشد أمس إلى عمان في زيارة رسمية. وكان في استقبال العاهل الضيف لدى وصوله " +
      "مطار الملكة علياء، سامي الحديدي رئيس الوزراء، وفارس العبدالله وزير الداخلية، ووزير الخارجية " +
      "الدكتور نبيل الصالح، وعدد من المسؤولين.",
    cast: [king, amman, airport, pm, interior, foreign],
    present: [
      "a_king MET h_pm",
      "a_king MET h_interior",
      "a_king MET h_foreign",
      "a_king VISITED c_amman",
      "a_king VISITED p_airport",
    ],
  },
  {
    family: "guest named after في استقبال: the hosts after his arrival met him; he reached the airport",
    text: "وكان في استقبال الأمير فيصل بن راشد لدى وصوله مطار تبوك، سعد العتيبي مدير الشرطة، وسالم المري.",
    cast: [prince, tabuk, police, mayor],
    present: ["a_prince MET h_police", "a_prince MET h_mayor", "a_prince VISITED p_tabuk"],
    absent: ["h_mayor MET h_police"],
  },
  {
    family: "a person inside a host's title is no host",
    text:
      "وصل الملك خالد بن راشد أمس. وكان في استقباله لدى وصوله سعد العتيبي مدير مكتب الأمير فيصل بن راشد، " +
      "وسالم المري.",
    cast: [king, prince, police, mayor],
    present: ["a_king MET h_police", "a_king MET h_mayor"],
    absent: ["a_king MET a_prince", "a_prince MET h_mayor"],
  },
  {
    family: "a common noun after في استقبال (pilgrims) names no guest",
    text: "وشارك سعد العتيبي في استقبال الحجاج القادمين إلى مطار تبوك، وسالم المري.",
    cast: [police, mayor, tabuk],
    present: [],
    absent: ["h_mayor MET h_police"],
  },
  {
    family: "the list of hosts ends at a full stop and at a part not opened by و",
    text:
      "وصل الملك خالد بن راشد أمس. وكان في استقباله سعد العتيبي مدير الشرطة، فيما غاب سالم المري. " +
      "وحضر فهد الدوسري الحفل.",
    cast: [king, police, mayor, other],
    present: ["a_king MET h_police"],
    absent: ["a_king MET h_mayor", "a_king MET h_other"],
  },
  {
    family: "a part whose name is unknown (، ومحمود X مدير ...) is skipped; the list goes on",
    text:
      "وصل الملك خالد بن راشد أمس. وكان في استقباله سعد العتيبي مدير الشرطة، ومحمود الراشدي مدير " +
      "المطار، وسالم المري رئيس البلدية.",
    cast: [king, police, mayor],
    present: ["a_king MET h_police", "a_king MET h_mayor"],
  },
  {
    family: "attack: the attacker's nisba after an adjective of the attack (الهجوم الصاروخي الروسي)",
    text: "وأدانت فرنسا الهجوم الصاروخي الروسي على مدينة الزهراء.",
    cast: [fr, ru, town],
    // Round 31: condemning the attack opposes the attacker named with it (gold: optional).
    present: ["ru ATTACKED c_town", "fr OPPOSES ru"],
    absent: ["fr ATTACKED c_town"],
  },
  {
    family: "attack: two adjectives before the nisba (الغارات الجوية المكثفة الإسرائيلية)",
    text: "وتواصلت الغارات الجوية المكثفة الإسرائيلية على مدينة الزهراء لليوم الثالث.",
    cast: [il, town],
    present: ["il ATTACKED c_town"],
  },
  {
    family: "attack: a comma after the adjective ends the attack's phrase",
    text: "وتسبب القصف المدفعي، الروسي الصنع، في دمار مدينة الزهراء.",
    cast: [ru, town],
    present: [],
    absent: ["ru ATTACKED c_town"],
  },
  {
    family: "attack on a state's border (على الحدود الباكستانية) is on that state",
    text: "وشنت القوات الهندية هجمات متكررة على الحدود الباكستانية.",
    cast: [inIndia, pk],
    present: ["in ATTACKED pk"],
  },
  {
    family: "attack named by a relative clause: its author attacks, not the body named before the noun",
    text: "وقدمت فرنسا شكوى حول عمليات القصف التي شنتها القوات الهندية على الحدود الباكستانية.",
    cast: [fr, inIndia, pk],
    present: ["in ATTACKED pk"],
    absent: ["fr ATTACKED pk"],
  },
];

describe("event relations, round 29", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});
