// graphology-gexf's writer alone: its browser entry also loads the parser, which needs DOMParser
// when imported (and adds it to the bundle). The types are the package's own.
declare module "graphology-gexf/browser/writer" {
  import type { write } from "graphology-gexf/browser";
  const writer: typeof write;
  export default writer;
}
