import type { SentenceInfo } from "../model.js";

/** Sentence ends: Latin and Arabic terminal punctuation, or a line break. */
const SENTENCE = /[^\n.!?؟]+[.!?؟]*/gu;

/**
 * The article's sentences: the extractor's when it gave them, otherwise a plain punctuation split so
 * mentions and evidence always hang off a sentence.
 */
export function sentencesOf(text: string, given: SentenceInfo[] | undefined): SentenceInfo[] {
  if (given && given.length > 0) return [...given].sort((a, b) => a.start - b.start);
  const out: SentenceInfo[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === "") continue;
    const start = match.index + lead;
    out.push({ index: out.length, start, end: start + body.length, text: body });
  }
  return out;
}

/** The sentence containing `offset` (sentences sorted by start), or the last one starting before it. */
export function sentenceAt(sentences: SentenceInfo[], offset: number): SentenceInfo | undefined {
  let found: SentenceInfo | undefined;
  for (const s of sentences) {
    if (s.start > offset) break;
    found = s;
    if (offset < s.end) break;
  }
  return found;
}

export function sentenceByIndex(sentences: SentenceInfo[], index: number): SentenceInfo | undefined {
  return sentences.find((s) => s.index === index);
}
