import { clean } from "../text/clean.js";

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

/**
 * Main text and title of an HTML page: the `<article>` (else `<main>`, else `<body>`) with scripts,
 * navigation and markup removed; the title from `<title>`, else the first `<h1>`.
 */
export function htmlToArticle(html: string): { title: string | null; text: string } {
  const titleHtml = inner(html, "title") ?? inner(html, "h1");
  const title = titleHtml === null ? null : plain(titleHtml).replace(/\s+/gu, " ").trim() || null;
  const body = inner(html, "article") ?? inner(html, "main") ?? inner(html, "body") ?? html;
  return { title, text: plain(body) };
}
