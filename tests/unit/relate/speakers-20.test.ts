import { describe, it } from "vitest";
import { checkSpeakerCase, country, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the twentieth round. Sentences written for these tests.
const mona = person("mona", "منى الحربي", "الحربي");
const sara = person("sara", "سارة القحطاني", "القحطاني");
const iraq = country("iraq", "العراق", "العراقي");

const cases: SpeakerCase[] = [
  {
    family: "وحول هذا الكتاب تتحدث X قائلة: the name after the verb is its subject, not the circumstance's",
    text: 'صدر للكاتبة منى الحربي كتاب جديد. وحول هذا الكتاب تتحدث الحربي قائلة: "أردت أن أكتب عن المدينة القديمة".',
    cast: [mona],
    expected: [["mona", "أردت أن أكتب عن المدينة القديمة"]],
  },
  {
    family: "وأشارت الباحثة إلى: a title alone is the one person the article wrote it before",
    text: "نشرت جامعة الملك سعود دراسة للباحثة منى الحربي عن المياه. وأشارت الباحثة إلى تراجع المخزون الجوفي.",
    cast: [mona],
    expected: [["mona", "تراجع المخزون الجوفي"]],
  },
  {
    family: "two persons written after the title: the bare title is neither",
    text: "شاركت الباحثة منى الحربي والباحثة سارة القحطاني في الندوة. وأشارت الباحثة إلى تراجع المخزون الجوفي.",
    cast: [mona, sara],
    expected: [],
  },
  {
    family: "وقال المرصد العراقي: a nisba after a body's head noun is the body's, not the country speaking",
    text: "وقال المرصد العراقي أمس إن الاشتباكات تجددت في المدينة.",
    cast: [iraq],
    expected: [],
  },
];

describe("speaker families, round 20", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});
