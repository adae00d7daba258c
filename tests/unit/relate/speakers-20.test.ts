import { describe, it } from "vitest";
import { checkSpeakerCase, person, type SpeakerCase } from "./fixture.js";

// Speaker families of the twentieth round. Sentences written for these tests.
const mona = person("mona", "منى الحربي", "الحربي");

const cases: SpeakerCase[] = [
  {
    family: "وحول هذا الكتاب تتحدث X قائلة: the name after the verb is its subject, not the circumstance's",
    text: 'صدر للكاتبة منى الحربي كتاب جديد. وحول هذا الكتاب تتحدث الحربي قائلة: "أردت أن أكتب عن المدينة القديمة".',
    cast: [mona],
    expected: [["mona", "أردت أن أكتب عن المدينة القديمة"]],
  },
];

describe("speaker families, round 20", () => {
  for (const c of cases) it(c.family, () => checkSpeakerCase(c));
});
