/**
 * Entity extraction: clean → segment → recognise → resolve (entities.ts, window by window),
 * then values and relations.
 *
 * @example
 * const r = extract("استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي");
 * r.entities.map((e) => e.nameEn); // ["United States", "Joe Biden", "Iraq", "Mustafa al-Kadhimi"]
 */
import { InputError } from "../errors.js";
import { loadLexicon } from "../lexicon/index.js";
import type { ArticleInput, ExtractionResult, Value } from "../model.js";
import { relate } from "../relate/index.js";
import { clean, originalSpan, type CleanText } from "../text/clean.js";
import { extractValues } from "../values/index.js";
import { extractEntities, type TagWords } from "./entities.js";
import { withCoordinates } from "./places.js";
import { getTagger, type SentenceTagger } from "./tagger.js";

export interface ExtractOptions {
  /** The input is HTML: markup is removed, offsets still refer to the HTML string. */
  html?: boolean;
  /** Publication date (ISO) for resolving relative dates. */
  articleDate?: string;
  /** Use the statistical tagger (default true), or this one (tests, other models). */
  tagger?: boolean | SentenceTagger;
  /** Characters of sentences read at a time (default WINDOW_CHARS); the result does not depend on it. */
  windowChars?: number;
  /** Longest cleaned text whose sentence tokens serve every pass (default KEEP_TOKENS_CHARS); the result does not depend on it. */
  keepTokensChars?: number;
}

function values(c: CleanText, articleDate: string | undefined): Value[] {
  const opts = articleDate ? { articleDate } : {};
  const found = extractValues(c.text, opts);
  if (!c.origStart) return found;
  return found.map((v) => Object.assign({}, v, originalSpan(c, v.start, v.end)));
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

  // One tagging session for the whole article, whatever the windows: a tagger with document
  // memory remembers names across them.
  const tagWords: TagWords | null = tagger ? (tagger.document?.() ?? ((words) => tagger.tag(words))) : null;
  // The entity stage's working state is released when it returns, before relations are read.
  const stage = extractEntities(c, {
    lex,
    tagWords,
    windowChars: opts.windowChars,
    keepTokensChars: opts.keepTokensChars,
  });
  const { sentences } = stage;
  const entities = withCoordinates(stage.entities, lex);
  const found = values(c, articleDate);
  const { relations, statements } = relate({ text: raw, sentences, entities, values: found });
  return { entities, relations, statements, values: found, sentences, warnings };
}
