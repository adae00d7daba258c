/**
 * The entity stage: recognition sentence by sentence, a window of sentences at a time, into a
 * compact store of distinct candidates (store.ts); then resolution over the whole article, whose
 * second pass re-reads the windows for surnames. Tags live for one sentence, and so do tokens in a
 * long input; what grows with the article is the result (entities with their mentions,
 * sentences) and the mention offsets in the store.
 */
import type { Lexicon } from "../lexicon/index.js";
import type { Entity, SentenceInfo } from "../model.js";
import { originalSpan, type CleanText } from "../text/clean.js";
import { tokenize, type Token } from "../text/segment.js";
import { sentenceWindows, WINDOW_CHARS } from "../text/sentences.js";
import { HomeWords } from "./home.js";
import { markTimesOfDay } from "./lookup.js";
import { recognize } from "./recognize.js";
import { resolve } from "./resolve.js";
import { CandidateStore } from "./store.js";

/** Tags the words of one sentence; one such function serves a whole article (document memory). */
export type TagWords = (words: readonly string[]) => string[];

export interface EntityStageOptions {
  lex: Lexicon;
  tagWords: TagWords | null;
  /** Characters of sentences per window (default WINDOW_CHARS); the result does not depend on it. */
  windowChars?: number | undefined;
  /** Longest cleaned text whose tokens are kept between passes (default KEEP_TOKENS_CHARS); the result does not depend on it. */
  keepTokensChars?: number | undefined;
}

/**
 * A cleaned text of at most this many characters keeps its sentences' tokens from recognition
 * for resolution's passes over the sentences (an ordinary article: each sentence is tokenised
 * once, and the words' readings are read once). A longer one tokenises each sentence again in
 * every pass, so that only a window's tokens live at a time. The result is the same either way.
 */
export const KEEP_TOKENS_CHARS = 100_000;

/** Visits every sentence of the cleaned text in order, a window of sentences at a time. */
function eachSentence(
  c: CleanText,
  lex: Lexicon,
  limit: number,
  visit: (tokens: Token[], sentence: number) => void,
): void {
  let index = 0;
  for (const window of sentenceWindows(c.text, limit))
    for (const r of window) visit(sentenceTokens(c, lex, r.start, r.end), index++);
}

function sentenceTokens(c: CleanText, lex: Lexicon, start: number, end: number): Token[] {
  return markTimesOfDay(lex, tokenize(c.text, start, end));
}

/** Entities and sentences of a cleaned article; offsets refer to the original input. */
export function extractEntities(
  c: CleanText,
  opts: EntityStageOptions,
): { entities: Entity[]; sentences: SentenceInfo[] } {
  const { lex, tagWords } = opts;
  const limit = opts.windowChars ?? WINDOW_CHARS;
  const store = new CandidateStore();
  const sentences: SentenceInfo[] = [];
  const home = new HomeWords();
  const kept: Token[][] | null = c.text.length <= (opts.keepTokensChars ?? KEEP_TOKENS_CHARS) ? [] : null;
  for (const window of sentenceWindows(c.text, limit)) {
    for (const r of window) {
      const index = sentences.length;
      const tokens = sentenceTokens(c, lex, r.start, r.end);
      kept?.push(tokens);
      home.scan(tokens);
      const tags = tagWords ? tagWords(tokens.map((t) => t.text)) : null;
      for (const found of recognize({ lex, tokens, tags, text: c.text, sentence: index })) store.add(found);
      const o = originalSpan(c, r.start, r.end);
      sentences.push({ index, start: o.start, end: o.end, text: o.text });
    }
  }
  const mention = (s: number, e: number): ReturnType<typeof originalSpan> => originalSpan(c, s, e);
  const resolved = resolve({
    lex,
    store,
    eachSentence: (visit) =>
      kept ? kept.forEach((tokens, sentence) => visit(tokens, sentence)) : eachSentence(c, lex, limit, visit),
    mention,
  });
  const entities = home.apply(resolved, lex, mention);
  return { entities, sentences };
}
