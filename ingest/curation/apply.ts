/**
 * Applies the curation rules to one article's extraction, before its rows are built: stopped
 * surface forms go, split-off mentions move, merged ids land on their survivor, corrected names and
 * types replace the extracted ones, and rejected evidence is dropped. Pure, so re-ingesting an
 * article under the same rules writes the same graph.
 */
import type { Entity, ExtractionResult, Mention, Relation, SentenceInfo, Statement } from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";
import { sentenceAt, sentenceByIndex, sentencesOf } from "../write/sentences.js";
import { rejectionKey, resolveId, type CurationRules } from "./rules.js";

export function applyRules(text: string, result: ExtractionResult, rules: CurationRules): ExtractionResult {
  if (isEmpty(rules)) return result;
  const sentences = sentencesOf(text, result.sentences);
  const sentenceOf = (offset: number): number => sentenceAt(sentences, offset)?.index ?? -1;

  // 1. Stops and splits, mention by mention; `movedIn` says in which sentences an entity lost
  // mentions to a split, so relations and statements there follow them.
  const pieces: { original: string; entity: Entity }[] = [];
  const movedIn = new Map<string, { to: string; sentences: Set<number>; kept: Set<number> }>();
  for (const e of result.entities) {
    if (rules.stoppedIds.has(e.id) || isStoppedEverywhere(rules, e.name)) continue;
    const kept: Mention[] = [];
    const moved = new Map<string, Mention[]>();
    const splits = rules.splits.filter(
      (s) => resolveId(rules.aliases, s.from) === resolveId(rules.aliases, e.id),
    );
    for (const m of e.mentions) {
      if (isStopped(rules, m.text, sentences, m.start)) continue;
      const split = splits.find((s) => s.forms.has(normalizeForMatch(m.text)));
      if (split) moved.set(split.to, [...(moved.get(split.to) ?? []), m]);
      else kept.push(m);
    }
    if (kept.length > 0 || e.mentions.length === 0) {
      // A split-off form is no longer this entity's alias, even in an article that does not use it.
      const aliases = e.aliases.filter((a) => !splits.some((s) => s.forms.has(normalizeForMatch(a))));
      pieces.push({ original: e.id, entity: { ...e, aliases, mentions: kept } });
    }
    for (const [to, mentions] of moved) {
      const first = mentions[0] as Mention;
      pieces.push({
        original: to,
        entity: { ...e, id: to, name: first.text, aliases: [], mentions, properties: {} },
      });
      movedIn.set(e.id, {
        to,
        sentences: new Set(mentions.map((m) => sentenceOf(m.start))),
        kept: new Set(kept.map((m) => sentenceOf(m.start))),
      });
    }
  }

  // 2. Merged ids onto their survivor, with the corrected identity.
  const byId = new Map<string, Entity>();
  for (const { original, entity } of pieces) {
    const id = resolveId(rules.aliases, original);
    const own = rules.identities.get(id);
    const prior = byId.get(id);
    const names = [entity.name, ...entity.aliases];
    if (!prior) {
      const name = own?.name ?? entity.name;
      byId.set(id, {
        ...entity,
        id,
        name,
        nameEn: own?.nameEn ?? entity.nameEn,
        type: own?.type ?? entity.type,
        aliases: unique(names.filter((n) => n !== name)),
        properties: { ...entity.properties, ...own?.props },
      });
      continue;
    }
    prior.aliases = unique([...prior.aliases, ...names].filter((n) => n !== prior.name));
    const seen = new Set(prior.mentions.map((m) => m.start));
    prior.mentions.push(...entity.mentions.filter((m) => !seen.has(m.start)));
  }

  // 3. Relations and statements follow their entities, sentence by sentence.
  const endpoint = (id: string, sentence: number): string | null => {
    const split = movedIn.get(id);
    const at = split && split.sentences.has(sentence) && !split.kept.has(sentence) ? split.to : id;
    const resolved = resolveId(rules.aliases, at);
    return byId.has(resolved) ? resolved : null;
  };
  const relations: Relation[] = [];
  for (const r of result.relations) {
    for (const ev of r.evidence) {
      const s = sentenceByIndex(sentences, ev.sentence) ?? sentenceAt(sentences, ev.start);
      const index = s?.index ?? -1;
      const source = endpoint(r.source, index);
      const target = endpoint(r.target, index);
      if (source === null || target === null || source === target) continue;
      if (s && rules.rejected.has(rejectionKey(r.type, source, target, s.text))) continue;
      relations.push({ ...r, source, target, evidence: [ev] });
    }
  }
  const statements: Statement[] = [];
  for (const st of result.statements) {
    const index = sentenceOf(st.start);
    const speaker = endpoint(st.speaker, index);
    if (speaker === null) continue;
    statements.push({
      ...st,
      speaker,
      source: st.source === null ? null : endpoint(st.source, index),
      platform: st.platform ? endpoint(st.platform, index) : (st.platform ?? null),
      about: unique((st.about ?? []).map((a) => endpoint(a, index)).filter((a): a is string => a !== null)),
    });
  }
  return { ...result, entities: [...byId.values()], relations, statements };
}

function isEmpty(r: CurationRules): boolean {
  return (
    r.aliases.size +
      r.identities.size +
      r.splits.length +
      r.stops.length +
      r.stoppedIds.size +
      r.rejected.size ===
    0
  );
}

function isStoppedEverywhere(rules: CurationRules, name: string): boolean {
  const form = normalizeForMatch(name);
  return rules.stops.some((s) => s.context === null && s.form === form);
}

function isStopped(rules: CurationRules, text: string, sentences: SentenceInfo[], offset: number): boolean {
  const form = normalizeForMatch(text);
  return rules.stops.some((s) => {
    if (s.form !== form) return false;
    if (s.context === null) return true;
    const sentence = sentenceAt(sentences, offset);
    return sentence !== undefined && normalizeForMatch(sentence.text).includes(s.context);
  });
}

const unique = (xs: string[]): string[] => [...new Set(xs)];
