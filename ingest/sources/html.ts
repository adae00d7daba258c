import { clean } from "../text/clean.js";
import { normaliseDate } from "./dates.js";

/** Elements whose content is never article text (clean() already drops script and style bodies). */
const DROP =
  /<(script|style|noscript|template|svg|iframe|head|nav|header|footer|aside|form)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;

function inner(html: string, tag: string): string | null {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, "iu").exec(html);
  return match?.[1] ?? null;
}

/** Markup removed and entities decoded by the extraction's cleaner; one paragraph per block. */
function plain(fragment: string): string {
  return clean(fragment.replace(/<!--[\s\S]*?-->/gu, "").replace(DROP, ""), { html: true })
    .text.replace(/[ \t\f\v\u00a0]+/gu, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n\n");
}

/** `<meta>` names and properties that news sites use for the publication date, best first. */
const DATE_META = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dc.date",
  "date",
];

const attr = (tag: string, name: string): string | null =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "iu")
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined) ?? null;

/**
 * The page's publication date: a `<meta>` of DATE_META, else JSON-LD `datePublished`, else a
 * `<time datetime>` (one marked `pubdate` or `itemprop="datePublished"` first). Null when the page
 * states none that reads as an ISO date: the article is then undated, never dated today.
 */
export function htmlDate(html: string): string | null {
  const metas = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/giu)) {
    const key = (attr(tag, "property") ?? attr(tag, "name") ?? attr(tag, "itemprop"))?.toLowerCase();
    const content = attr(tag, "content");
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const jsonLd = [...html.matchAll(/"datePublished"\s*:\s*"([^"]+)"/gu)].map((m) => m[1] ?? "");
  const times = [...html.matchAll(/<time\b[^>]*>/giu)].map(([tag]) => tag);
  const marked = times.filter((t) => /\bpubdate\b|datePublished/iu.test(t));
  const candidates = [
    ...DATE_META.map((k) => metas.get(k)),
    ...jsonLd,
    ...[...marked, ...times].map((t) => attr(t, "datetime")),
  ];
  for (const c of candidates) {
    const date = c ? normaliseDate(c) : null;
    if (date !== null) return date;
  }
  return null;
}

/**
 * Main text, title and date of an HTML page: the `<article>` (else `<main>`, else `<body>`) with
 * scripts, navigation and markup removed; the title from `<title>`, else the first `<h1>`; the date
 * from htmlDate.
 */
export function htmlToArticle(html: string): {
  title: string | null;
  text: string;
  publishedAt: string | null;
} {
  const titleHtml = inner(html, "title") ?? inner(html, "h1");
  const title = titleHtml === null ? null : plain(titleHtml).replace(/\s+/gu, " ").trim() || null;
  const body = inner(html, "article") ?? inner(html, "main") ?? inner(html, "body") ?? html;
  return { title, text: plain(body), publishedAt: htmlDate(html) };
}
