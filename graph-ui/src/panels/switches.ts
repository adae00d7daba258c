import type { Store } from "../state/reducer.js";
import type { UiLang } from "../state/types.js";

const lang = (v: string): UiLang => (v === "en" ? "en" : "ar");

/** The two language switches in the top bar: label language and interface language are independent. */
export function bindSwitches(
  labelSelect: HTMLSelectElement,
  uiSelect: HTMLSelectElement,
  store: Store,
): () => void {
  const sync = () => {
    labelSelect.value = store.get().labelLang;
    uiSelect.value = store.get().uiLang;
  };
  const onLabel = () => store.dispatch({ type: "setLabelLang", lang: lang(labelSelect.value) });
  const onUi = () => store.dispatch({ type: "setUiLang", lang: lang(uiSelect.value) });
  labelSelect.addEventListener("change", onLabel);
  uiSelect.addEventListener("change", onUi);
  sync();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.labelLang !== prev.labelLang || s.uiLang !== prev.uiLang) sync();
  });
  return () => {
    unsubscribe();
    labelSelect.removeEventListener("change", onLabel);
    uiSelect.removeEventListener("change", onUi);
  };
}
