import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, org, city, place, country, person } from "./fixture.js";

// Issue 14, places and parts, round 33. Sentences written for these tests.
const britain = country("country:GB", "بريطانيا", "البريطانية");
const us = country("country:US", "الولايات المتحدة", "الأمريكية", "الأمريكي");
const turkey = country("country:TR", "تركيا", "التركية", "التركي");
const bahrain = country("country:BH", "البحرين", "البحرينية");
const syria = country("country:SY", "سوريا");
const italy = country("country:IT", "إيطاليا", "الإيطالي", "الإيطالية");
const tv = (id: string, name: string) => ({ ...org(id, name), properties: { kind: "tv" } });

const cases: RelationCase[] = [
  {
    family: "a body that takes a town as its seat is there",
    text: "وقالت منظمة العون الدولية، التي تتخذ من لندن مقرا لها، إن الوضع سيئ.",
    cast: [org("o", "منظمة العون الدولية"), city("london", "لندن")],
    present: ["o LOCATED_IN london"],
  },
  {
    family: "so is a newspaper, in an aside set off by dashes, with a main seat",
    text: "وذكرت صحيفة «الرائد» -التي تتخذ من جدة مقراً رئيساً لها- أن العدد زاد.",
    cast: [org("paper", "الرائد"), city("jeddah", "جدة")],
    present: ["paper LOCATED_IN jeddah"],
  },
  {
    family: "its seat written as a noun after the body (ومقرها Y)",
    text: "ووزعت جمعية الأمل الخيرية، ومقرها الرئيسي في عمان، سلالا غذائية.",
    cast: [org("o", "جمعية الأمل الخيرية"), city("amman", "عمان")],
    present: ["o LOCATED_IN amman"],
  },
  {
    family: "a seat clause after a person names no body",
    text: "وقال مدير الشركة سامي العلي، الذي يتخذ من دبي مقرا لعمله، إن الأرباح زادت.",
    cast: [person("p", "سامي العلي"), city("dubai", "دبي")],
    present: [],
    absent: ["p LOCATED_IN dubai"],
  },
  {
    family: "a town with its state in parentheses is in it",
    text: "وأقيمت المباراة في بالو ألتو (كاليفورنيا) مساء السبت.",
    cast: [city("town", "بالو ألتو"), place("state", "كاليفورنيا")],
    present: ["town LOCATED_IN state"],
  },
  {
    family: "a town with a direction of its country in parentheses is in it",
    text: "ووقع الانفجار في بلدة كارا (جنوب تركيا) أمس.",
    cast: [city("town", "كارا"), turkey],
    present: ["town LOCATED_IN country:TR"],
  },
  {
    family: "a town's second name in parentheses is no container",
    text: "وعاد السكان إلى بلدة تل الورد (كاني سبي) شمال سوريا.",
    cast: [city("town", "تل الورد"), city("alias", "كاني سبي"), syria],
    present: [],
    absent: ["town LOCATED_IN alias"],
  },
  {
    family: "a distance in parentheses is no containment",
    text: "ووقع الهجوم في بلدة ريم (نحو 40 كلم شمال حلب) أمس.",
    cast: [city("town", "ريم"), city("aleppo", "حلب")],
    present: [],
    absent: ["town LOCATED_IN aleppo"],
  },
  {
    family: "a town north of a city in parentheses is outside it",
    text: "ووصل الوفد إلى بلدة ريم (شمال حلب) أمس.",
    cast: [city("town", "ريم"), city("aleppo", "حلب")],
    present: [],
    absent: ["town LOCATED_IN aleppo"],
  },
  {
    family: "a channel with a word of its kind before its country's nisba is that country's",
    text: "وذكرت قناة «تي إن» الإخبارية التركية أن الجيش رد.",
    cast: [tv("tv", "تي إن"), turkey],
    present: ["tv PART_OF country:TR"],
  },
  {
    family: "a newspaper written after صحيفة with a nisba is that country's",
    text: "ووفقا لصحيفة «الأخبار» الأمريكية فإن الصفقة تمت.",
    cast: [org("paper", "الأخبار"), us],
    present: ["paper PART_OF country:US"],
  },
  {
    family: "a news agency whose name ends with the nisba is that country's",
    text: "ونقلت وكالة الأنباء البحرينية عن الوزير قوله إن الأمن مستقر.",
    cast: [org("agency", "وكالة الأنباء البحرينية"), bahrain],
    present: ["agency PART_OF country:BH"],
  },
  {
    family: "a nisba after a comma is a person's nationality, not the medium's",
    text: "وقال لصحيفة الأخبار، الأمريكي جون ديفيس إن الصفقة تمت.",
    cast: [org("paper", "الأخبار"), us, person("p", "جون ديفيس")],
    present: [],
    absent: ["paper PART_OF country:US"],
  },
  {
    family: "a medium with no nisba is nobody's",
    text: "وذكرت صحيفة الأخبار في بريطانيا أن الصفقة تمت.",
    cast: [org("paper", "الأخبار"), britain],
    present: [],
    absent: ["paper PART_OF country:GB"],
  },
  {
    family: "a municipality in a title, التابعة لـ a region, is in that region",
    text: "وحضر الحفل رئيس بلدية الواحة التابعة لمنطقة الشرقية أمس.",
    cast: [org("o", "بلدية الواحة"), place("region", "منطقة الشرقية")],
    present: ["o LOCATED_IN region"],
  },
  {
    family: "a centre in a title, التابع لـ a governorate behind its head, is in it",
    text: "وأوضح رئيس مركز الريان التابع لمحافظة الطائف أن العمل انتهى.",
    cast: [place("centre", "مركز الريان"), place("gov", "الطائف")],
    present: ["centre LOCATED_IN gov"],
  },
  {
    family: "التابعة لـ a body names no place",
    text: "وحضر الحفل مدير مدرسة الفلاح التابعة لجمعية البر أمس.",
    cast: [org("school", "مدرسة الفلاح"), org("charity", "جمعية البر")],
    present: [],
    absent: ["school LOCATED_IN charity"],
  },
  {
    family: "a club of no kind with a masculine nisba, in a sentence of sport, is that country's",
    text: "وقال المدرب بعد الفوز على ضيفه بارما الإيطالي 2-1 في مباراة ودية إن الفريق تحسن.",
    cast: [org("club", "بارما"), italy],
    present: ["club PART_OF country:IT"],
  },
  {
    family: "with no word of sport the nisba may be anything's",
    text: "وقال إن بارما الإيطالي يبقى الأقرب إليه.",
    cast: [org("club", "بارما"), italy],
    present: [],
    absent: ["club PART_OF country:IT"],
  },
  {
    family: "a feminine nisba names no club",
    text: "ووقعت بارما الإيطالية عقد رعاية مع اللاعب أمس.",
    cast: [org("club", "بارما"), italy],
    present: [],
    absent: ["club PART_OF country:IT"],
  },
];

describe("places and parts, round 33", () => {
  it.each(cases.map((c) => [c.family, c] as const))("%s", (_, c) => checkRelationCase(c));
});
