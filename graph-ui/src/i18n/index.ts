import type { UiLang } from "../state/types.js";
import { DICTIONARIES, TYPE_NAMES, type MessageKey } from "./dict.js";

export function t(lang: UiLang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (_m, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}

export function typeName(lang: UiLang, type: string): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

/** Sets lang/dir on <html> so the whole layout mirrors; CSS uses logical properties only. */
export function applyDocumentLang(lang: UiLang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.title = t(lang, "appTitle");
}
