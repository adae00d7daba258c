/**
 * Migration of person ids keyed the old way: until extractor version 4 a name chain was keyed by
 * its first three parts alone, so X بن Y الفلاني (a family name after the chain) shared the id of
 * X بن Y and of every other family's X بن Y (ingest/extract/identity.ts, chainKey). Which of a
 * merged node's mentions belong to whom cannot be told from ids, so the articles that name such a
 * node are extracted again from their stored text and rewritten together (rewrite.ts,
 * rewriteTogether): the node is split, each part with its own mentions, relationships and evidence.
 * Likewise for version 4's key of a chain with a family name (X بن Y الفلاني, now X الفلاني):
 * its articles are rewritten, so the person joins X الفلاني of other articles.
 */
import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import { chainKey, isPatronymic } from "../extract/identity.js";
import { personId } from "../extract/label.js";
import { loadLexicon } from "../lexicon/index.js";
import { identityParts } from "../text/normalize.js";
import { EXTRACTOR_VERSION, type Extractor } from "./extractor.js";
import { rewriteTogether } from "./rewrite.js";

export interface ChainRekeying {
  /** Person entities keyed the old way (a citizen keyed as X بن Y, or a node such ids merged). */
  entities: number;
  /** Articles extracted again and rewritten. */
  articles: number;
}

/** The chain key before family names counted: the first name and the father's. */
function keyBefore(keys: readonly string[]): string[] {
  return keys.length >= 3 && isPatronymic(keys[1]) ? keys.slice(0, 3) : [...keys];
}

/**
 * The chain key of version 4: a family name ending the chain kept the father's name too (X بن Y
 * الفلاني), so that person was apart from X الفلاني of other articles.
 */
function keyWithFather(keys: readonly string[]): string[] {
  const key = chainKey(keys);
  return key.length === 2 && keys.length > 3 && isPatronymic(keys[1])
    ? [...keys.slice(0, 3), ...key.slice(1)]
    : key;
}

/** A written name that got `id` from an older key and gets another id now. */
export function rekeyed(id: string, form: string): boolean {
  const keys = identityParts(form.split(/\s+/));
  const old = [keyBefore(keys), keyWithFather(keys)].some((k) => personId(k.join(" ")) === id);
  return old && personId(chainKey(keys, loadLexicon()).join(" ")) !== id;
}

/**
 * Rewrites the articles that name a person keyed the old way, one transaction per set of articles
 * sharing such a person. Idempotent: an entity whose articles were all written by this extractor
 * version is left alone (one kept by a correction may still carry an old alias), and on a graph
 * written by version 4 it is one read that finds nothing to do.
 */
export async function rekeyChains(db: Database, extractor?: Extractor): Promise<ChainRekeying> {
  const candidates = await db.read<{ id: string; forms: string[] }>(loadCypher("write/rekey-candidates"), {
    digest: "person:[0-9a-f]{8}",
    particle: "بن",
  });
  const keyedBefore = candidates.filter((c) => c.forms.some((f) => rekeyed(c.id, f))).map((c) => c.id);
  if (keyedBefore.length === 0) return { entities: 0, articles: 0 };
  const rows = await db.read<ArticleRow>(loadCypher("write/rekey-articles"), { block: { ids: keyedBefore } });
  const version = extractor?.version ?? EXTRACTOR_VERSION;
  const stale = new Set(rows.filter((r) => r.version !== version).map((r) => r.entity));
  if (stale.size === 0) return { entities: 0, articles: 0 };
  let articles = 0;
  for (const group of groups(rows.filter((r) => stale.has(r.entity))))
    articles += await rewriteTogether(db, group, extractor);
  return { entities: stale.size, articles };
}

interface ArticleRow {
  entity: string;
  article: string;
  ingestedAt: string;
  version: string | null;
}

/**
 * Articles that share a merged entity, in sets (connected through their entities), each in the
 * order they were ingested: the order a fresh ingest would have written them in.
 */
function groups(rows: readonly ArticleRow[]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const r of rows) parent.set(find(`a:${r.article}`), find(`e:${r.entity}`));
  const when = new Map(rows.map((r) => [r.article, r.ingestedAt]));
  const sets = new Map<string, string[]>();
  for (const article of when.keys()) {
    const root = find(`a:${article}`);
    sets.set(root, [...(sets.get(root) ?? []), article]);
  }
  const order = (a: string, b: string): number =>
    (when.get(a) as string).localeCompare(when.get(b) as string) || a.localeCompare(b);
  return [...sets.values()].map((set) => set.sort(order));
}
