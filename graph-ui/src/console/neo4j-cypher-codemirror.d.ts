// The package's exports map has no "types" condition, so TypeScript cannot find its own .d.ts;
// this declares the small part of its API the console uses (see its src/codemirror.d.ts).
declare module "@neo4j-cypher/codemirror" {
  import type { EditorView } from "@codemirror/view";
  export interface EditorSupportSchema {
    labels?: string[];
    relationshipTypes?: string[];
    propertyKeys?: string[];
  }
  export interface EditorApi {
    codemirror: EditorView;
    setSchema(schema?: EditorSupportSchema): void;
    setValue(value?: string, parseOnSetValue?: boolean): void;
    destroy(): void;
  }
  export interface EditorOptions {
    value?: string;
    autofocus?: boolean;
    lineWrapping?: boolean;
    lineNumbers?: boolean;
    theme?: "light" | "dark" | "auto";
    schema?: EditorSupportSchema;
    placeholder?: string;
  }
  // The .d.ts says EditorApi; the code (es/codemirror.js) returns it wrapped as { editor }.
  export function createCypherEditor(
    parent: Element | DocumentFragment,
    options: EditorOptions,
  ): { editor: EditorApi };
}
