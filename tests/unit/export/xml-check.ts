/**
 * A small XML 1.0 well-formedness check for the exporters' output (no DOM in Node): tags nest and
 * close, attributes are quoted and unique, text and attribute values contain no raw `<` or stray
 * `&`. Returns the problems found, [] when well-formed; `elements` lists every element with its
 * unescaped attributes and text, to check round trips.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/gu;

function unescape(value: string): string {
  return value.replace(ENTITY, (_all, body: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return named[body] ?? "";
  });
}

function badText(text: string): boolean {
  return text.includes("<") || text.replace(ENTITY, "").includes("&");
}

export function checkXml(xml: string): { problems: string[]; elements: XmlElement[] } {
  const problems: string[] = [];
  const elements: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/u, "");
  let roots = 0;
  while (rest.length > 0) {
    const lt = rest.indexOf("<");
    const text = lt < 0 ? rest : rest.slice(0, lt);
    if (text.trim() !== "") {
      if (stack.length === 0) problems.push(`text outside the root: ${text.slice(0, 40)}`);
      if (badText(text)) problems.push(`unescaped text: ${text.slice(0, 40)}`);
      const top = stack[stack.length - 1];
      if (top) top.text += unescape(text);
    }
    if (lt < 0) break;
    rest = rest.slice(lt);
    const tag = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/u.exec(rest);
    if (!tag) {
      problems.push(`malformed tag: ${rest.slice(0, 60)}`);
      break;
    }
    const [whole, closing, name = "", attrText = "", selfClosing] = tag;
    rest = rest.slice(whole.length);
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) problems.push(`</${name}> closes <${open?.name ?? "nothing"}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const m of attrText.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
      const key = m[1] ?? "";
      const raw = m[2] ?? m[3] ?? "";
      if (key in attrs) problems.push(`duplicate attribute ${key} on <${name}>`);
      if (badText(raw)) problems.push(`unescaped attribute ${key}="${raw.slice(0, 40)}"`);
      attrs[key] = unescape(raw);
    }
    const element = { name, attrs, text: "" };
    elements.push(element);
    if (stack.length === 0) roots += 1;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.map((e) => e.name).join("> <")}>`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return { problems, elements };
}
