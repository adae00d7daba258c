/**
 * Money: an amount followed by a currency (25 مليون دولار, ٣ مليارات يورو, مليونا دولار), or a
 * currency symbol before an amount ($25 million). An amount without a currency is not money
 * (25 مليون نسمة). Words before the amount (نحو، حوالي، أكثر من، بقيمة) are not part of the span;
 * they set properties.bound.
 */
import type { Properties } from "../model.js";
import { lookup } from "./clitics.js";
import type { Token } from "./fold.js";
import type { Lexicon } from "./lexicon.js";
import { parseAmount } from "./numbers.js";

export interface MoneyMatch {
  /** Folded offsets. */
  start: number;
  end: number;
  value: number;
  currency?: string;
  properties: Properties;
}

interface CurrencyHit {
  code: string | null;
  noun: string;
  next: number;
}

/** Currency noun at j, narrowed by a following adjective (دينار عراقي → IQD). */
function currencyAt(tokens: Token[], j: number, lex: Lexicon): CurrencyHit | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.kind === "punct") {
    const code = lex.symbols.get(t.text);
    return code ? { code, noun: t.text, next: j + 1 } : null;
  }
  if (t.kind !== "word") return null;
  const latin = lex.latinNouns.get(t.text.toLowerCase());
  if (latin) return { code: latin, noun: t.text, next: j + 1 };
  const noun = lex.currencyNouns.get(t.text);
  if (!noun) return null;
  for (const adj of noun.adjectives) {
    if (adj.tokens.every((a, k) => tokens[j + 1 + k]?.text === a))
      return { code: adj.code, noun: noun.id, next: j + 1 + adj.tokens.length };
  }
  return { code: noun.default, noun: noun.id, next: j + 1 };
}

function boundBefore(tokens: Token[], i: number, lex: Lexicon): string | null {
  const prev = tokens[i - 1];
  if (prev?.kind !== "word") return null;
  const direct = lookup(lex.approximators, prev.text);
  if (direct) return direct.entry;
  // أكثر من / أقل من / ما يقارب
  const prev2 = tokens[i - 2];
  if (prev2?.kind === "word" && (prev.text === "من" || prev.text === "ما"))
    return lookup(lex.approximators, prev2.text)?.entry ?? null;
  return null;
}

function leadingSymbol(tokens: Token[], i: number, lex: Lexicon): { code: string; next: number } | null {
  const t = tokens[i];
  if (t?.kind === "punct" && lex.symbols.has(t.text))
    return { code: lex.symbols.get(t.text) as string, next: i + 1 };
  if (t?.kind === "word" && t.text === "US" && tokens[i + 1]?.text === "$" && !tokens[i + 1]?.spaced)
    return { code: "USD", next: i + 2 };
  return null;
}

/** Money at token i, or null. `next` is the token index after the match. */
export function moneyAt(tokens: Token[], i: number, lex: Lexicon): (MoneyMatch & { next: number }) | null {
  const first = tokens[i];
  if (!first) return null;
  const symbol = leadingSymbol(tokens, i, lex);
  const amount = parseAmount(tokens, symbol ? symbol.next : i, lex);
  if (!amount) return null;
  const properties: Properties = {};
  const bound = boundBefore(tokens, i, lex);
  if (bound) properties.bound = bound;
  let code: string | null;
  let next: number;
  if (symbol) {
    code = symbol.code;
    next = amount.next;
  } else {
    const cur = currencyAt(tokens, amount.next, lex);
    if (!cur) return null;
    code = cur.code;
    next = cur.next;
    if (code === null) {
      properties.ambiguous = true;
      properties.currencyNoun = cur.noun;
    }
  }
  const last = tokens[next - 1] as Token;
  const match: MoneyMatch & { next: number } = {
    start: first.start + (symbol ? 0 : amount.cut),
    end: last.end,
    value: amount.value,
    properties,
    next,
  };
  if (code) match.currency = code;
  return match;
}
