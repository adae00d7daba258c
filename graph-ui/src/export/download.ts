import { el } from "../panels/dom.js";

/** Saves a blob under `name` through a temporary link (the browser's own download flow). */
export function download(name: string, blob: Blob): void {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
