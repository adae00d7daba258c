import type { MessageKey } from "../i18n/dict.js";
import { t, typeName } from "../i18n/index.js";
import type { UiLang } from "../state/types.js";
import type { Correction } from "./api.js";

const KIND_NAMES: Record<string, MessageKey> = {
  merge: "curKindMerge",
  split: "curKindSplit",
  rename: "curKindRename",
  retype: "curKindRetype",
  "set-property": "curKindSetProperty",
  "not-entity": "curKindNotEntity",
  "reject-relation": "curKindReject",
  "confirm-relation": "curKindConfirm",
  "add-relation": "curKindAdd",
  undo: "curKindUndo",
};

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/**
 * "Merge: person:b → Joe Biden": the kind in the interface language, then the entities it names,
 * by `nameOf` (the explorer passes names from the graph; an entity no longer there keeps its id).
 */
export function describeCorrection(
  L: UiLang,
  c: Correction,
  nameOf: (id: string) => string = (id) => id,
): string {
  const key = KIND_NAMES[c.kind];
  const kind = key ? t(L, key) : c.kind;
  const p = c.payload;
  const rawType = str(p.type);
  const type = rawType === null ? null : typeName(L, rawType);
  const idName = (v: unknown) => {
    const id = str(v);
    return id === null ? null : nameOf(id);
  };
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  const value =
    p.value === null
      ? "∅"
      : ["string", "number", "boolean"].includes(typeof p.value)
        ? String(p.value)
        : null;
  const parts =
    c.kind === "merge"
      ? [
          `${strings(p.merged)
            .map((id) => nameOf(id))
            .join("، ")} → ${nameOf(str(p.survivor) ?? "?")}`,
        ]
      : c.kind === "split"
        ? [`${strings(p.forms).join("، ")}: ${idName(p.from) ?? "?"} → ${idName(p.target) ?? "?"}`]
        : str(p.source) && str(p.target)
          ? [`${idName(p.source)} —${type ?? ""}→ ${idName(p.target)}`]
          : [
              idName(p.id),
              str(p.form),
              str(p.name),
              str(p.nameEn),
              type,
              str(p.key) && value !== null ? `${str(p.key)} = ${value}` : str(p.key),
              str(p.target),
            ];
  const what = parts.filter((x): x is string => x !== null).join(" · ");
  return what ? `${kind}: ${what}` : kind;
}
