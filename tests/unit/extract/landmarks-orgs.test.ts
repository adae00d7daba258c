// Sentences written for these tests: places and organisations named with a head noun.
import { beforeAll, describe, expect, it } from "vitest";
import { taggerCandidate } from "../../../ingest/extract/candidates.js";
import { extract } from "../../../ingest/extract/index.js";
import { loadLexicon } from "../../../ingest/lexicon/index.js";
import { tokenize } from "../../../ingest/text/segment.js";

// The lexicon and the tagger load once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد"), 60_000);

const found = (text: string, tagger: boolean) =>
  extract(text, { tagger }).entities.map((e) => ({ type: e.type, name: e.name, nameEn: e.nameEn }));

describe.each([true, false])("head noun + name (tagger %s)", (tagger) => {
  it.each([
    // Places: region, governorate, district, stadium named after a person, mosque.
    ["سقط المطر بغزارة على منطقة تبوك", "Location", "منطقة تبوك", "Tabuk Region"],
    ["افتتح المحافظ مشروعا جديدا في محافظة ينبع أمس", "Location", "محافظة ينبع", "Yanbu Governorate"],
    ["وقع الحادث في حي الزهور شمال المدينة", "Location", "حي الزهور", "al-Zuhur District"],
    [
      "أقيمت المباراة على ملعب الأمير خالد بن سعد بالمدينة",
      "Location",
      "ملعب الأمير خالد بن سعد",
      "Prince Khalid bin Saad Stadium",
    ],
    ["صلى المصلون في مسجد النور بعد الظهر", "Location", "مسجد النور", "al-Nour Mosque"],
    // A two-letter head with its preposition (بحي) still heads the name.
    ["تجمع العمال بحي الزهور شمال المدينة", "Location", "حي الزهور", "al-Zuhur District"],

    // Organisations: a club, a university named after a person, a ministry, a police force.
    ["فاز نادي النجوم على ضيفه بهدفين", "Organization", "نادي النجوم", "al-Nujoom Club"],
    ["تخرج في جامعة الملك فيصل عام 2010", "Organization", "جامعة الملك فيصل", "King Faisal University"],
    ["أعلنت وزارة الإسكان عن مشروع جديد", "Organization", "وزارة الإسكان", "Ministry of Housing"],
    ["قالت شرطة منطقة تبوك إن التحقيق مستمر", "Organization", "شرطة منطقة تبوك", "Tabuk Region Police"],
    // Definite heads with adjectives and a purpose complement (لل، لـ + genitive).
    [
      "أعلنت الهيئة العامة للإحصاء نتائج المسح",
      "Organization",
      "الهيئة العامة للإحصاء",
      "General Statistics Commission",
    ],
    [
      "أصدرت المحكمة الجزائية المتخصصة حكمها أمس",
      "Organization",
      "المحكمة الجزائية المتخصصة",
      "Specialized Criminal Court",
    ],
    [
      "أكد الاتحاد السعودي لكرة القدم موعد المباراة",
      "Organization",
      "الاتحاد السعودي لكرة القدم",
      "Saudi Football Federation",
    ],
    // After a preposition a definite head starts a name, even right after a definite noun.
    [
      "قال مدير العلاقات العامة بالرئاسة العامة لرعاية الشباب إن الملعب جاهز",
      "Organization",
      "الرئاسة العامة لرعاية الشباب",
      "General Presidency of Youth Welfare",
    ],
    // Complements glossed as a whole (العلاقات العامة is Public Relations, not General Relations).
    [
      "قالت هيئة العلاقات العامة إن الموعد قريب",
      "Organization",
      "هيئة العلاقات العامة",
      "Public Relations Commission",
    ],
    [
      "عالج الأطباء المصابين في مستشفى الأمل للصحة النفسية",
      "Organization",
      "مستشفى الأمل للصحة النفسية",
      "al-Amal Mental Health Hospital",
    ],
  ])("%s → %s %s", (text, type, name, nameEn) => {
    expect(found(text, tagger)).toContainEqual({ type, name, nameEn });
  });

  it.each([
    ["سقط المطر بغزارة على منطقة تبوك", "تبوك"],
    ["افتتح المحافظ مشروعا جديدا في محافظة ينبع أمس", "ينبع"],
    ["أقيمت المباراة على ملعب الأمير خالد بن سعد بالمدينة", "خالد بن سعد"],
  ])("%s: the name inside (%s) is no entity of its own", (text, inner) => {
    expect(found(text, tagger).map((e) => e.name)).not.toContain(inner);
  });

  it.each([
    "المحافظة على البيئة واجب على الجميع", // المحافظة: preserving
    "وصفت الشركة الصينية العرض بأنه جيد", // a definite head and a nisba describe
    "قدم المستثمر طلبا إلى الهيئة العامة", // a definite head and one adjective refer back
    "انتهت ولاية الرئيس السابق ميشال عون", // ولاية: a term of office
    "أعلن محافظه سالم الزهراني افتتاح المشروع", // محافظه: its governor
  ])("no Location or Organization in: %s", (text) => {
    expect(found(text, tagger).filter((e) => e.type === "Location" || e.type === "Organization")).toEqual([]);
  });
});

describe("a tagger ORG span that starts with a head noun", () => {
  it("glosses the head and puts the name first (not the romanised head, Jamia X)", () => {
    const text = "درس في جامعة كامبريدج";
    const tokens = tokenize(text);
    const s = { lex: loadLexicon(), tokens, tags: null, text, sentence: 0 };
    expect(taggerCandidate(s, 2, 4, "ORG")?.nameEn).toBe("Cambridge University");
  });
});

// Sentence written for this test.
describe("a club and its chairman written one after the other", () => {
  it("ends the club's name where the chairman's name starts", () => {
    const r = extract("وصل رئيس مجلس إدارة نادي النسور سامي الحربي إلى مقر المعسكر.");
    const names = r.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toContain("Organization:نادي النسور");
    expect(names).toContain("Person:سامي الحربي");
  });
});
