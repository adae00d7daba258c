import type { AppContext } from "../context.js";
import { t } from "../i18n/index.js";
import { decodeState, encodeState, type SharedState } from "./url-state.js";

export function readSharedState(hash: string): { state: SharedState | null; error: string | null } {
  const r = decodeState(hash);
  if (r.ok === true) return { state: r.state, error: null };
  if (r.ok === "empty") return { state: null, error: null };
  return { state: null, error: r.reason };
}

/** The URL hash always mirrors the shareable state, so copying the address bar is enough too. */
export function bindShareHash(ctx: AppContext, button: HTMLButtonElement): () => void {
  let timer = 0;
  const write = () => {
    const hash = encodeState(ctx.store.get());
    if (hash !== window.location.hash) window.history.replaceState(null, "", hash);
  };
  const unsubscribe = ctx.store.subscribe(() => {
    window.clearTimeout(timer);
    timer = window.setTimeout(write, 200);
  });
  const onClick = async () => {
    write();
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      ctx.notify(t(ctx.store.get().uiLang, "shared"));
    } catch {
      ctx.notify(url);
    }
  };
  button.addEventListener("click", onClick);
  return () => {
    unsubscribe();
    button.removeEventListener("click", onClick);
  };
}
