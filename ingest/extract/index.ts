/**
 * Entity extraction: clean → segment → recognise → resolve, then values and relations.
 *
 * @example
 * const r = extract("استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي");
 * r.entities.map((e) => e.nameEn); // ["United States", "Joe Biden", "Iraq", "Mustafa al-Kadhimi"]
 */
import { InputError } from "../errors.js";
import { loadLexicon } from "../lexicon/index.js";
import type { ArticleInput, ExtractionResult, SentenceInfo, Value } from "../model.js";
import { relate } from "../relate/index.js";
import { clean, toOriginal, type CleanText } from "../text/clean.js";
import { sentences as splitSentences, tokenize, type Range, type Token } from "../text/segment.js";
import { extractValues } from "../values/index.js";
import { recognize } from "./recognize.js";
import { resolve } from "./resolve.js";
import { CandidateStore } from "./store.js";
import { getTagger, type SentenceTagger } from "./tagger.js";

export interface ExtractOptions {
  /** The input is HTML: markup is removed, offsets still refer to the HTML string. */
  html?: boolean;
  /** Publication date (ISO) for resolving relative dates. */
  articleDate?: string;
  /** Use the statistical tagger (default true), or this one (tests, other models). */
  tagger?: boolean | SentenceTagger;
}

function span(c: CleanText, start: number, end: number): { start: number; end: number; text: string } {
  const o = toOriginal(c, start, end);
  return { start: o.start, end: o.end, text: c.input.slice(o.start, o.end) };
}

function values(c: CleanText, articleDate: string | undefined): Value[] {
  const opts = articleDate ? { articleDate } : {};
  const found = extractValues(c.text, opts);
  if (!c.origStart) return found;
  return found.map((v) => ({ ...v, ...span(c, v.start, v.end) }));
}

export function extract(input: string | ArticleInput, opts: ExtractOptions = {}): ExtractionResult {
  const raw: unknown = typeof input === "string" ? input : input?.text;
  if (typeof raw !== "string") {
    throw new InputError(
      `extract: the article text must be a string (got ${raw === null ? "null" : typeof raw})`,
    );
  }
  const articleDate = opts.articleDate ?? (typeof input === "string" ? undefined : input.publishedAt);
  const warnings: string[] = [];
  const c = clean(raw, { html: opts.html ?? false });
  if (c.text.trim() === "") {
    warnings.push(
      `extract: the article is empty (got ${raw.length} characters, none of them text); nothing to extract`,
    );
    return { entities: [], relations: [], statements: [], values: [], sentences: [], warnings };
  }
  const lex = loadLexicon();
  const { tagger, warning } =
    typeof opts.tagger === "object"
      ? { tagger: opts.tagger, warning: null }
      : opts.tagger === false
        ? { tagger: null, warning: null }
        : getTagger();
  if (warning) warnings.push(warning);

  const ranges: Range[] = splitSentences(c.text);
  const store = new CandidateStore();
  ranges.forEach((r, index) => {
    const tokens = tokenize(c.text, r.start, r.end);
    const tags = tagger ? tagger.tag(tokens.map((t) => t.text)) : null;
    for (const found of recognize({ lex, tokens, tags, text: c.text, sentence: index })) store.add(found);
  });
  const eachSentence = (visit: (tokens: Token[], sentence: number) => void): void =>
    ranges.forEach((r, index) => visit(tokenize(c.text, r.start, r.end), index));
  const entities = resolve({ lex, store, eachSentence, mention: (s, e) => span(c, s, e) });

  const sentences: SentenceInfo[] = ranges.map((r, index) => ({ index, ...span(c, r.start, r.end) }));
  const found = values(c, articleDate);
  const { relations, statements } = relate({ text: raw, sentences, entities, values: found });
  return { entities, relations, statements, values: found, sentences, warnings };
}
