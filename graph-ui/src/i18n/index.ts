import type { UiLang } from "../state/types.js";
import { DICTIONARIES, PLURALS, STATUS_NAMES, TYPE_NAMES, type MessageKey, type PluralKey } from "./dict.js";
import { formatCount } from "./format.js";
import { roleName } from "./roles.js";

export function t(lang: UiLang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (_m, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}

export function typeName(lang: UiLang, type: string): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

const RULES: Record<UiLang, Intl.PluralRules> = {
  ar: new Intl.PluralRules("ar"),
  en: new Intl.PluralRules("en"),
};

/** A counted noun in the right plural form: `plural("ar", "edges", 15)` → "15 رابطًا". */
export function plural(lang: UiLang, key: PluralKey, n: number): string {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string } = PLURALS[key][lang];
  const form = forms[RULES[lang].select(n)] ?? forms.other;
  return form.replace("{n}", formatCount(lang, n));
}

export function coMentionSummary(lang: UiLang, sentences: number, articles: number): string {
  return t(lang, "coMentionTogether", {
    sentences: plural(lang, "sentences", sentences),
    articles: plural(lang, "articles", articles),
  });
}

export function statusName(lang: UiLang, status: string): string {
  return STATUS_NAMES[status]?.[lang] ?? status;
}

/** A relation property value as the interface says it: statuses and roles are translated. */
export function propertyText(lang: UiLang, key: string, value: string | number): string {
  if (typeof value !== "string") return String(value);
  if (key === "status") return statusName(lang, value);
  if (key === "role") return roleName(lang, value);
  return value;
}

/** Sets lang/dir on <html> so the whole layout mirrors; CSS uses logical properties only. */
export function applyDocumentLang(lang: UiLang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.title = t(lang, "appTitle");
}
