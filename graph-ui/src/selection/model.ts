import type { NodeView } from "../state/types.js";

/** Pure operations behind the selection bar: each returns a new view, so the reducer stays dumb. */

const without = (list: string[], drop: ReadonlySet<string>) => list.filter((id) => !drop.has(id));
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** Shift-click: add a node to the gathered set, or take it out again. */
export function togglePicked(picked: string[], id: string): string[] {
  return picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id];
}

export function hide(view: NodeView, ids: string[]): NodeView {
  const drop = new Set(ids);
  return { ...view, hidden: union(view.hidden, ids), only: view.only && without(view.only, drop) };
}

/** "Show only these": replaces any earlier restriction, and un-hides them. */
export function showOnly(view: NodeView, ids: string[]): NodeView {
  const keep = new Set(ids);
  return { ...view, only: [...keep], hidden: without(view.hidden, keep) };
}

/** Pins the nodes, or unpins them when every one is pinned already. */
export function togglePin(view: NodeView, ids: string[]): NodeView {
  const pinned = new Set(view.pinned);
  const all = ids.every((id) => pinned.has(id));
  return { ...view, pinned: all ? without(view.pinned, new Set(ids)) : union(view.pinned, ids) };
}

/** Everything shown again; pins stay (they are about layout, not visibility). */
export function unhideAll(view: NodeView): NodeView {
  return { ...view, hidden: [], only: null };
}

export function isRestricted(view: NodeView): boolean {
  return view.hidden.length > 0 || view.only !== null;
}

/** The visible set after the hand-made view: only-these first, then the hidden ones out. */
export function applyNodeView(visible: Set<string>, view: NodeView): Set<string> {
  if (!isRestricted(view)) return visible;
  const only = view.only && new Set(view.only);
  const hidden = new Set(view.hidden);
  const out = new Set<string>();
  for (const id of visible) if ((!only || only.has(id)) && !hidden.has(id)) out.add(id);
  return out;
}
