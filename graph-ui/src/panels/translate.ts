import type { MessageKey } from "../i18n/dict.js";
import { DICTIONARIES } from "../i18n/dict.js";
import { t } from "../i18n/index.js";
import type { Store } from "../state/reducer.js";

const isKey = (k: string | undefined): k is MessageKey => k !== undefined && k in DICTIONARIES.en;

/** Static markup carries data-i18n keys; this keeps them in the interface language. */
export function bindTranslations(store: Store): () => void {
  const apply = () => {
    const lang = store.get().uiLang;
    for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
      const key = node.dataset.i18n;
      if (isKey(key)) node.textContent = t(lang, key);
    }
    for (const node of document.querySelectorAll<HTMLInputElement>("[data-i18n-placeholder]")) {
      const key = node.dataset.i18nPlaceholder;
      if (isKey(key)) node.placeholder = t(lang, key);
    }
  };
  apply();
  return store.subscribe((s, prev) => {
    if (s.uiLang !== prev.uiLang) apply();
  });
}
