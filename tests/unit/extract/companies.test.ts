// Sentences written for these tests: company names with their business tail, stock exchanges.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

beforeAll(() => void extract("تمهيد"), 60_000);

const orgs = (text: string, tagger: boolean) =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Organization")
    .map((e) => e.name);

const types = (text: string, tagger: boolean) =>
  extract(text, { tagger }).entities.map((e) => `${e.type}:${e.name}`);

describe.each([true, false])("company names (tagger %s)", (tagger) => {
  it.each([
    // A family partnership and a legal form after a founder's name.
    ["وقعت شركة سالم حمد الفرج وأولاده القابضة عقد التوريد", "شركة سالم حمد الفرج وأولاده القابضة"],
    // An indefinite name and a legal form.
    ["أعلنت شركة نخيل باسقة القابضة توزيع أرباح", "شركة نخيل باسقة القابضة"],
    // An activity with a joined noun; with an adjective; ل + a noun and its genitive.
    ["فازت شركة الواحة للتجارة والمقاولات بالمناقصة", "شركة الواحة للتجارة والمقاولات"],
    ["استحوذت شركة مسار الخليج للاستثمار التجاري على الحصة", "شركة مسار الخليج للاستثمار التجاري"],
    ["افتتحت شركة مصنع الريان لمواد البناء خطا جديدا", "شركة مصنع الريان لمواد البناء"],
    // A verbal noun opens the name; a legal form ends it.
    ["وقعت شركة تدوير المخلفات الأهلية عقدا مع البلدية", "شركة تدوير المخلفات الأهلية"],
    // After a word for shares, the name and its tail without شركة.
    ["وارتفع سهم نجوم العقارية 3 في المائة", "نجوم العقارية"],
    ["وتراجع سهم رواسي للتمويل في التعاملات", "رواسي للتمويل"],
  ])("%s → %s", (text, name) => {
    expect(orgs(text, tagger)).toContain(name);
  });

  it.each([
    // A describing word, a verb or a preposition after شركة makes no name with a tail.
    ["أسست المجموعة شركة جديدة للاستثمار في المنطقة", "شركة جديدة للاستثمار"],
    ["تملك الدولة شركة تابعة للصندوق", "شركة تابعة للصندوق"],
    ["أبرمت البلدية عقدا مع شركة لإنشاء محطة للكهرباء", "شركة لإنشاء محطة للكهرباء"],
    // سهم + a definite noun is the share of a body named elsewhere.
    ["وارتفع سهم الشركة العقارية أمس", "الشركة العقارية"],
  ])("%s: no %s", (text, name) => {
    expect(orgs(text, tagger)).not.toContain(name);
  });
});

describe.each([true, false])("stock exchanges (tagger %s)", (tagger) => {
  it.each([
    ["وارتفع مؤشر سوق دبي المالي 12 نقطة", "Organization:سوق دبي المالي"],
    ["وأغلق سوق الكويت للأوراق المالية على انخفاض", "Organization:سوق الكويت للأوراق المالية"],
    // A bare market word and its city, in a sentence of shares and indices: the exchange.
    ["وتراجع مؤشر سوق مسقط 4 نقاط في ختام التداولات", "Organization:سوق مسقط للأوراق المالية"],
    ["وصعدت البورصة المصرية بنسبة واحد في المائة", "Organization:البورصة المصرية"],
  ])("%s → %s", (text, entity) => {
    expect(types(text, tagger)).toContain(entity);
  });

  it("a market of a city with no word of finance is the city", () => {
    const found = types("تجول الزوار في سوق مسقط القديم مساء الجمعة", tagger);
    expect(found).toContain("City:مسقط");
    expect(found.filter((e) => e.startsWith("Organization"))).toEqual([]);
  });
});
