import { describe, it } from "vitest";
import { checkRelationCase, type RelationCase, org, city, place, country } from "./fixture.js";

// Issue 14, places and parts, round 36. Sentences written for these tests.
const china = country("country:CN", "الصين", "الصينية");
const us = country("country:US", "الولايات المتحدة", "الأمريكية");
const morocco = country("country:MA", "المغرب", "المغربية");

const cases: RelationCase[] = [
  {
    family: "a region in the far west of «البلاد» is in the one country the sentence names",
    text: "وقالت الصين إن الهجمات وقعت في إقليم يانغشو الواقع في أقصى غرب البلاد أمس.",
    cast: [china, place("p", "إقليم يانغشو")],
    present: ["p LOCATED_IN country:CN"],
  },
  {
    family: "a town «بشمال البلاد» too",
    text: "وأعلن المغرب فتح طريق جديد إلى بلدة تيزرت بشمال البلاد.",
    cast: [morocco, city("t", "تيزرت")],
    present: ["t LOCATED_IN country:MA"],
  },
  {
    family: "with two countries named, «البلاد» is left alone",
    text: "وطلبت الصين من الولايات المتحدة دعما في إقليم يانغشو الواقع في غرب البلاد.",
    cast: [china, us, place("p", "إقليم يانغشو")],
    present: [],
    absent: ["p LOCATED_IN country:CN", "p LOCATED_IN country:US"],
  },
  {
    family: "a body «في البلاد» is where it acts, not a place",
    text: "وقالت الصين إن شركة النور للطاقة هي الأكبر في البلاد.",
    cast: [china, org("o", "شركة النور للطاقة")],
    present: [],
    absent: ["o LOCATED_IN country:CN"],
  },
  {
    family: "a district north of «المحافظة» is in the one governorate the article names",
    text: "وأخمدت فرق الدفاع المدني بمحافظة القنفذة حريقا. واندلع الحريق في منزل بحي الروابي شمال المحافظة.",
    cast: [city("g", "القنفذة"), place("d", "حي الروابي")],
    present: ["d LOCATED_IN g"],
  },
  {
    family: "a village «بالمحافظة» likewise",
    text: "وتفقد محافظ محافظة العلا المشاريع. وافتتح مدرسة في قرية الورد بالمحافظة.",
    cast: [place("g", "محافظة العلا"), city("v", "قرية الورد")],
    present: ["v LOCATED_IN g"],
  },
  {
    family: "with two governorates named, «المحافظة» is left alone",
    text: "وزار الوفد محافظة العلا ومحافظة تيماء. وافتتح مدرسة في قرية الورد بالمحافظة.",
    cast: [place("g", "محافظة العلا"), place("h", "محافظة تيماء"), city("v", "قرية الورد")],
    present: [],
    absent: ["v LOCATED_IN g", "v LOCATED_IN h"],
  },
  {
    family: "«حيث تقع» a village: the place before it holds the village",
    text: "وتوجه الوفد إلى الجليل الأعلى، حيث تقع قرية المنارة، لتفقد الأضرار.",
    cast: [place("r", "الجليل الأعلى"), city("v", "المنارة")],
    present: ["v LOCATED_IN r"],
  },
  {
    family: "a town holds no town by «حيث يقع»",
    text: "وسافر إلى عمان حيث تقع مدينة الزرقاء على مقربة منها.",
    cast: [city("amman", "عمان"), city("z", "الزرقاء")],
    present: [],
    absent: ["z LOCATED_IN amman"],
  },
  {
    family: "a district «في ضواحي» a town is in it, over an adjective",
    text: "وأطلق مسلحون النار في حي السلام الهادئ في ضواحي القاهرة مساء أمس.",
    cast: [place("d", "حي السلام"), city("cairo", "القاهرة")],
    present: ["d LOCATED_IN cairo"],
  },
  {
    family: "a town «بإحدى ضواحي» a town",
    text: "وولد في بلدة المرج بإحدى ضواحي بنغازي.",
    cast: [city("t", "بلدة المرج"), city("b", "بنغازي")],
    present: ["t LOCATED_IN b"],
  },
];

describe("places and parts, round 36", () => {
  for (const c of cases) it(c.family, () => checkRelationCase(c));
});

const venues: RelationCase[] = [
  {
    family: "a municipality «في» a park held an event there: no seat",
    text: "ونظمت أمانة محافظة الخرج في منتزه الواحة الكبير حفلا للأطفال.",
    cast: [org("o", "أمانة محافظة الخرج"), place("park", "منتزه الواحة")],
    present: [],
    absent: ["o LOCATED_IN park"],
  },
  {
    family: "nor «بـ» a hotel",
    text: "وعقدت جمعية البر الخيرية بفندق الساحل اجتماعها السنوي.",
    cast: [org("o", "جمعية البر الخيرية"), place("h", "فندق الساحل")],
    present: [],
    absent: ["o LOCATED_IN h"],
  },
  {
    family: "a body «بـ» a town is still there",
    text: "وعقدت جمعية البر الخيرية بالخرج اجتماعها السنوي.",
    cast: [org("o", "جمعية البر الخيرية"), city("k", "الخرج")],
    present: ["o LOCATED_IN k"],
  },
];

describe("places and parts, round 36: venues", () => {
  for (const c of venues) it(c.family, () => checkRelationCase(c));
});
