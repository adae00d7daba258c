// Sentences written for these tests: administrative centres and districts, national branches of
// known bodies, a short purpose noun after a committee.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

beforeAll(() => void extract("تمهيد"), 60_000);

const types = (text: string, tagger: boolean) =>
  extract(text, { tagger }).entities.map((e) => `${e.type}:${e.name}`);

describe.each([true, false])("centres, districts and branches (tagger %s)", (tagger) => {
  it.each([
    // A centre placed by a compass word and a town, or by its governorate.
    ["باشرت الفرق حادثا في مركز الشقيق شمال جازان", "Location:مركز الشقيق"],
    ["هطلت الأمطار على قرى مركز الحديثة بالمحافظة", "Location:مركز الحديثة"],
    // A district named by a town the lexicon knows, or by two name words.
    ["تقدمت القوات في مديرية لودر أمس", "Location:مديرية لودر"],
    ["وصلت المساعدات إلى مديرية حزم العدين بمحافظة إب", "Location:مديرية حزم العدين"],
    // A known body and a country's nisba: the national society.
    ["وزعت فرق الهلال الأحمر الفلسطيني الطرود الغذائية", "Organization:الهلال الأحمر الفلسطيني"],
    // A town the lexicon lacks before its state in brackets.
    ["أقيمت المباراة الودية في سان ماركوس (تكساس) مساء السبت", "City:سان ماركوس"],
    ["وصل الفريق إلى غرينفيل (كارولاينا الجنوبية) أمس", "Location:كارولاينا الجنوبية"],
    // A capital on which sanctions fall, or that lifts them, stands for its government.
    ["ارتفعت الأسعار مع تخفيف العقوبات المفروضة على طهران", "Country:إيران"],
    ["وكانت واشنطن قد رفعت الحظر بعدما رفعت واشنطن التجميد", "Country:الولايات المتحدة"],
    // A short purpose noun (لسد) with its definite genitive completes the committee.
    ["اجتمعت اللجنة الفنية الوطنية لسد الوادي أمس", "Organization:اللجنة الفنية الوطنية لسد الوادي"],
  ])("%s → %s", (text, entity) => {
    expect(types(text, tagger)).toContain(entity);
  });

  it.each([
    // A centre of a field (training, research) is a body or nothing, never a place.
    ["افتتح الأمير مركز التدريب شرق المدينة", "Location:مركز التدريب"],
    ["قال مدير مركز الأبحاث في محافظة جدة إن", "Location:مركز الأبحاث"],
    // A directorate of a field is no district.
    ["أعلنت مديرية الزراعة عن حملة", "Location:مديرية الزراعة"],
    // A person's name before a bracket is no town.
    ["قال محمد العلي (السعودية) إن الفريق جاهز", "City:محمد العلي"],
    ["سافر الوزير إلى طهران صباح أمس", "Country:إيران"],
    // A feminine nisba after a known body is the country spoken to, not a branch.
    ["طالبت الأمم المتحدة السعودية بتقديم البيانات", "Organization:الأمم المتحدة السعودية"],
  ])("%s: no %s", (text, entity) => {
    expect(types(text, tagger)).not.toContain(entity);
  });
});
