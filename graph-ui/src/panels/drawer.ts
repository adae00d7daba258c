import type { AppContext } from "../context.js";
import type { MessageKey } from "../i18n/dict.js";
import { t } from "../i18n/index.js";
import { el } from "./dom.js";

interface Tab {
  id: string;
  label: MessageKey;
  /** Loaded on first open, so CodeMirror and friends stay out of the first paint. */
  mount: (root: HTMLElement, ctx: AppContext) => Promise<void>;
}

export const TABS = [
  {
    id: "console",
    label: "console",
    mount: async (root, ctx) => (await import("../console/console.js")).mountConsole(root, ctx),
  },
  {
    id: "library",
    label: "library",
    mount: async (root, ctx) => (await import("../library/library.js")).mountLibrary(root, ctx),
  },
  {
    id: "ingest",
    label: "ingest",
    mount: async (root, ctx) => (await import("../ingest/paste.js")).mountIngest(root, ctx),
  },
  {
    id: "export",
    label: "export",
    mount: async (root, ctx) => (await import("../export/panel.js")).mountExport(root, ctx),
  },
  {
    id: "corrections",
    label: "corrections",
    mount: async (root, ctx) => (await import("../curation/list.js")).mountCorrections(root, ctx),
  },
] as const satisfies readonly Tab[];

export function bindDrawer(tabs: HTMLElement, panels: HTMLElement, ctx: AppContext): () => void {
  const mounted = new Set<string>();
  const buttons = new Map<string, HTMLButtonElement>();
  const sections = new Map<string, HTMLElement>();
  let open: string | null = null;

  const show = (id: string | null) => {
    open = open === id ? null : id;
    for (const [tid, b] of buttons) b.setAttribute("aria-selected", String(tid === open));
    for (const [tid, s] of sections) s.hidden = tid !== open;
    panels.hidden = open === null;
    const tab = TABS.find((x) => x.id === open);
    if (tab && !mounted.has(tab.id)) {
      mounted.add(tab.id);
      const section = sections.get(tab.id);
      if (section) tab.mount(section, ctx).catch((err: unknown) => ctx.notify(String(err), "error"));
    }
  };
  for (const tab of TABS) {
    const b = el(
      "button",
      { type: "button", role: "tab", id: `tab-${tab.id}`, "aria-selected": "false", "data-i18n": tab.label },
      t(ctx.store.get().uiLang, tab.label),
    );
    b.addEventListener("click", () => show(tab.id));
    buttons.set(tab.id, b);
    tabs.append(b);
    const section = el("section", { role: "tabpanel", id: `panel-${tab.id}`, hidden: true });
    sections.set(tab.id, section);
    panels.append(section);
  }
  panels.hidden = true;
  // The console opens straight away when a share link carries a query.
  if (ctx.store.get().query.trim() !== "") show("console");
  return () => tabs.replaceChildren();
}
