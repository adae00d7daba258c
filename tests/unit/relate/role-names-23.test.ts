import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, CAST, person, org, place } from "./fixture.js";
import type { FixtureEntity } from "./fixture.js";

// Issue 14, round 23: a title relation's role in the English news writes (governor, chairman,
// minister of health, striker). Sentences and names written for these tests, not from any corpus.
const us: FixtureEntity = { ...CAST.us!, properties: { code: "US" } };

function roleOf(text: string, cast: FixtureEntity[], source: string, target: string): unknown {
  const { relations } = relate(article(text, cast));
  return relations.find((r) => r.source === source && r.target === target)?.properties.role;
}

describe("relate: English roles (issue 14, round 23)", () => {
  it("calls the emir of a region its governor, the emir of a state its emir", () => {
    const cast = [person("nawaf", "نواف بن سعد"), place("hail", "منطقة حائل")];
    expect(roleOf("وافتتح أمير منطقة حائل الأمير نواف بن سعد المعرض.", cast, "nawaf", "hail")).toBe(
      "governor",
    );
    const state = [person("jaber", "جابر بن علي"), { id: "kw", type: "Country" as const, forms: ["الكويت"] }];
    expect(roleOf("وهنأ أمير الكويت الشيخ جابر بن علي الفائزين.", state, "jaber", "kw")).toBe("emir");
  });

  it("names the head of a committee its chairman and the head of a club its president", () => {
    const cast = [
      person("fahd", "فهد السالم"),
      org("cttee", "لجنة المسابقات"),
      person("majed", "ماجد الحربي"),
      org("club", "نادي الفيصلي"),
    ];
    const text = "وقال رئيس لجنة المسابقات فهد السالم إن رئيس نادي الفيصلي ماجد الحربي وافق.";
    expect(roleOf(text, cast, "fahd", "cttee")).toBe("chairman");
    expect(roleOf(text, cast, "majed", "club")).toBe("president");
  });

  it("gives a minister his portfolio, and the United States' ministers their secretaries' titles", () => {
    const cast = [
      person("salem", "سالم العمري"),
      org("Ministry of Culture", "وزارة الثقافة"),
      person("tom", "توم ريد"),
      person("ann", "آن بيل"),
      us,
    ];
    const text =
      "وزار وزير الثقافة سالم العمري وزارة الثقافة. وقال وزير الخارجية الأميركي توم ريد إن وزيرة الصحة آن بيل ستحضر.";
    expect(roleOf(text, cast, "salem", "Ministry of Culture")).toBe("minister of culture");
    expect(roleOf(text, cast, "tom", "us")).toBe("secretary of state");
  });

  it("reads a player's position and a caretaker's بالإنابة", () => {
    const cast = [
      person("omar", "عمر الزهراني"),
      org("club", "نادي الرائد", "الرائد"),
      person("nader", "نادر القحطاني"),
      org("co", "شركة الخليج للطيران"),
    ];
    const text =
      "وسجل مهاجم الرائد عمر الزهراني هدفين. وأعلن الرئيس التنفيذي لشركة الخليج للطيران بالإنابة نادر القحطاني النتائج.";
    expect(roleOf(text, cast, "omar", "club")).toBe("striker");
    expect(roleOf(text, cast, "nader", "co")).toBe("acting chief executive officer");
  });

  it("gives برئاسة X the head's role of the body, with no title written", () => {
    const cast = [person("saad", "سعد المطيري"), org("cttee", "لجنة التحكيم")];
    const text = "واجتمعت لجنة التحكيم برئاسة سعد المطيري أمس.";
    const { relations } = relate(article(text, cast));
    const r = relations.find((x) => x.source === "saad" && x.target === "cttee");
    expect(r).toMatchObject({ type: "LEADS", properties: { role: "chairman" } });
  });
});

describe("relate: a team's nisba (issue 14, round 23)", () => {
  it("gives a club the nisba of its own state even before a name, not another state's", () => {
    const gb: FixtureEntity = { id: "gb", type: "Country", forms: ["بريطانيا"] };
    const eng: FixtureEntity = { id: "gb-eng", type: "Country", forms: ["إنجلترا", "الإنجليزي"] };
    const pt: FixtureEntity = { id: "pt", type: "Country", forms: ["البرتغال", "البرتغالي"] };
    const cast = [
      gb,
      eng,
      pt,
      {
        id: "leeds",
        type: "Organization" as const,
        forms: ["ليدز"],
        properties: { country: "gb", kind: "club" },
      },
      {
        id: "hilal",
        type: "Organization" as const,
        forms: ["الهلال"],
        properties: { country: "sa", kind: "club" },
      },
      person("tom", "توم هيل"),
      person("rui", "روي مانويل"),
    ];
    const text = "وقال مدرب ليدز الإنجليزي توم هيل إن مدرب الهلال البرتغالي روي مانويل محق.";
    const got = relate(article(text, cast)).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(got).toContain("leeds PART_OF gb-eng");
    expect(got).not.toContain("hilal PART_OF pt");
  });

  it("reads an organisation of no known kind after فريق as a team with its nisba", () => {
    const ir: FixtureEntity = { id: "ir", type: "Country", forms: ["إيران", "الإيراني"] };
    const cast = [ir, org("team", "ذوب آهن"), org("hilal", "الهلال")];
    const text = "وتعادل الهلال مع فريق ذوب آهن الإيراني في المباراة.";
    const got = relate(article(text, cast)).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(got).toContain("team PART_OF ir");
  });
});
