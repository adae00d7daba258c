import { api } from "../api/client.js";
import type { AppContext } from "../context.js";
import {
  CO_MENTION_LIMIT,
  CO_MENTION_MIN,
  isCoMention,
  mergeCoMentions,
  removeCoMentions,
} from "../graph/co-mentions.js";
import { coMentionSummary } from "../i18n/index.js";

/** Fired after the layer's edges were added or removed (the legend shows their number). */
export const CO_MENTIONS_EVENT = "rawabit:co-mentions";

/**
 * The co-mention switch: on, the layer's edges among the drawn entities are fetched (again after
 * every graph reload or merge, in the article scope); off, they are dropped. A newer request
 * supersedes an older one. Hovering a co-mention edge says what it counts, as the node's tooltip.
 */
export function bindCoMentions(ctx: AppContext): () => void {
  const { store, graph, renderer } = ctx;
  const container = renderer.sigma.getContainer();
  let ticket = 0;
  const changed = () => window.dispatchEvent(new CustomEvent(CO_MENTIONS_EVENT));

  const clear = () => {
    ticket++;
    removeCoMentions(graph);
    renderer.refreshView();
    changed();
  };
  const load = async () => {
    const mine = ++ticket;
    try {
      const payload = await api.coMentions({
        article: store.get().filters.article,
        min: CO_MENTION_MIN,
        limit: CO_MENTION_LIMIT,
      });
      if (mine !== ticket || !store.get().coMentions) return;
      mergeCoMentions(graph, payload);
      renderer.refreshView();
      changed();
    } catch (err) {
      if (mine === ticket) ctx.notify(err instanceof Error ? err.message : String(err), "error");
    }
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.coMentions === prev.coMentions) return;
    if (s.coMentions) void load();
    else clear();
  });
  // A reload replaces the graph (and its layer); a merge may bring entities with co-mentions.
  const onGraph = () => {
    if (store.get().coMentions) void load();
  };
  window.addEventListener("rawabit:graph-changed", onGraph);

  const onEnterEdge = ({ edge }: { edge: string }) => {
    const a = graph.getEdgeAttributes(edge);
    if (!isCoMention(a)) return;
    container.title = coMentionSummary(store.get().uiLang, a.count, a.articles ?? 0);
  };
  const onLeaveEdge = () => container.removeAttribute("title");
  renderer.sigma.on("enterEdge", onEnterEdge);
  renderer.sigma.on("leaveEdge", onLeaveEdge);

  return () => {
    ticket++;
    unsubscribe();
    window.removeEventListener("rawabit:graph-changed", onGraph);
    renderer.sigma.removeListener("enterEdge", onEnterEdge);
    renderer.sigma.removeListener("leaveEdge", onLeaveEdge);
  };
}
