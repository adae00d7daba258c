import type { Evidence, Relation } from "../model.js";
import type { RelationRow } from "./row-types.js";

/**
 * Records a relation's amount once, on its first evidence sentence (the extractor gives one amount
 * per relation, so its other sentences add 0): summing `amounts` then counts each article's amount
 * once. The lists stay parallel to sentenceIds; `first` is where this relation's new sentences begin.
 */
export function addAmount(
  row: RelationRow,
  r: Relation,
  first: number,
  slotOf: (ev: Evidence) => number,
): void {
  const amount = r.properties.amount;
  const currency = r.properties.currency;
  const hasAmount = typeof amount === "number" && Number.isFinite(amount) && amount !== 0;
  if (!hasAmount && row.amounts === null) return;
  const amounts = row.amounts ?? [];
  const currencies = row.currencies ?? [];
  while (amounts.length < row.sentenceIds.length) amounts.push(0);
  while (currencies.length < row.sentenceIds.length) currencies.push("");
  row.amounts = amounts;
  row.currencies = currencies;
  if (!hasAmount) return;
  // Its first new sentence, else the sentence it shares with an earlier relation, if that one is free.
  const ev = r.evidence[0];
  const slot = row.sentenceIds.length > first ? first : ev ? slotOf(ev) : -1;
  if (slot < 0 || amounts[slot] !== 0) return;
  amounts[slot] = amount;
  currencies[slot] = typeof currency === "string" ? currency : "";
}
