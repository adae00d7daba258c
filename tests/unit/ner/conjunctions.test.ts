import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  analyzeSentence,
  CONJUNCTIONS,
  setConjunctions,
  staticFeatures,
} from "../../../ingest/ner/features.js";
import type { LexiconSnapshot } from "../../../ingest/ner/lexicon.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";

const snapshot: LexiconSnapshot = {
  triggers: { title: ["رئيس", "وزير"], place: ["في", "مدينه"] },
  gazetteers: { LOC: ["باريس"], NISBA: ["مصري"] },
  triggersHash: "t",
  gazetteerHash: "g",
};
const lexicon = new LexiconIndex(snapshot);
const featuresAt = (sentence: string, i: number) =>
  staticFeatures(analyzeSentence(sentence.split(" "), lexicon), i);

describe("conjunction features", () => {
  const before = CONJUNCTIONS;
  beforeAll(() => setConjunctions(true));
  afterAll(() => setConjunctions(before));

  it("places a word in a name chain (بن، أبو، عبد)", () => {
    const s = "التقى الأمير فيصل بن تركي أبو حمد";
    expect(featuresAt(s, 2)).toContain("nc=n1|-");
    expect(featuresAt(s, 3)).toContain("nc=0|-");
    expect(featuresAt(s, 4)).toContain("nc=p1|-");
    expect(featuresAt(s, 6)).toContain("nc=p1|-");
    // Two words after the link: عبد الله بن «عبد» «الرحمن».
    expect(featuresAt("وصل عبد الله بن عبد الرحمن", 5)).toContain("nc=p1|-");
    expect(featuresAt("سافر الوزير إلى باريس", 3).some((f) => f.startsWith("nc="))).toBe(false);
  });

  it("crosses the article with the neighbours' lexicon classes", () => {
    // The nisba after a title takes the article; the name after it does not.
    const s = "قال الوزير المصري سامي";
    expect(featuresAt(s, 2)).toEqual(expect.arrayContaining(["alt-1=al|title"]));
    expect(featuresAt(s, 3).filter((f) => f.startsWith("alg-1="))).toEqual(
      featuresAt(s, 3)
        .filter((f) => f.startsWith("g-1="))
        .map((f) => "alg-1=-|" + f.slice(4)),
    );
    expect(featuresAt("وصل إلى باريس", 1)).toEqual(
      expect.arrayContaining(["alg+1=-|" + gazetteerOf("وصل إلى باريس", 2)]),
    );
  });

  it("no longer reads the shapes of the two words after and before (dropped: they hurt ORG)", () => {
    const f = featuresAt("فاز فريق ريال مدريد 2 - 1", 2);
    expect(f.some((x) => x.startsWith("sh+12=") || x.startsWith("sh-21="))).toBe(false);
  });
});

function gazetteerOf(sentence: string, i: number): string {
  const label = analyzeSentence(sentence.split(" "), lexicon)[i]?.gazetteer[0];
  if (!label) throw new Error("no gazetteer label");
  return label;
}
