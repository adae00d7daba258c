import type { AppContext } from "../context.js";
import { el, replaceChildren } from "../panels/dom.js";
import { renderPng } from "../render/png.js";
import { download } from "./download.js";
import { EXPORTERS } from "./serializers.js";

/** Exports are built client-side from the canonical graph: what you see (positions, colours) is what you get. */
export async function mountExport(root: HTMLElement, ctx: AppContext): Promise<void> {
  const png = el("button", { type: "button", "data-export": "png" }, "PNG");
  png.addEventListener("click", () => {
    renderPng(ctx.renderer.sigma).then(
      (blob) => download("rawabit-graph.png", blob),
      (err: unknown) => ctx.notify(String(err), "error"),
    );
  });
  const buttons = EXPORTERS.map((x) => {
    const b = el("button", { type: "button", "data-export": x.id }, x.label);
    b.addEventListener("click", () => {
      for (const file of x.serialize(ctx.graph))
        download(file.filename, new Blob([file.body], { type: file.mime }));
    });
    return b;
  });
  replaceChildren(root, el("div", { class: "exports" }, png, ...buttons));
}
