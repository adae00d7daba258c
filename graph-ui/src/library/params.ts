import type { QueryParameterSpec } from "../../../ingest/model.js";

export type RawValue = string | boolean;
export type ParamsResult =
  { ok: true; params: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/** Parse one form field by the parameter's declared type. An empty optional field is left out (server default applies). */
export function parseParam(
  spec: QueryParameterSpec,
  raw: RawValue | undefined,
): { value?: unknown; error?: string } {
  if (spec.type === "boolean") return { value: raw === true || raw === "true" };
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") return spec.required ? { error: `${spec.name} is required` } : {};
  switch (spec.type) {
    case "string":
      return { value: text };
    case "integer": {
      const n = Number(text);
      return Number.isInteger(n)
        ? { value: n }
        : { error: `${spec.name} must be a whole number (got "${text}")` };
    }
    case "float": {
      const n = Number(text);
      return Number.isFinite(n) ? { value: n } : { error: `${spec.name} must be a number (got "${text}")` };
    }
    case "string[]":
      return {
        value: text
          .split(/[,،]/)
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      };
  }
}

export function formToParams(specs: QueryParameterSpec[], raw: Record<string, RawValue>): ParamsResult {
  const params: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const spec of specs) {
    const r = parseParam(spec, raw[spec.name]);
    if (r.error) errors[spec.name] = r.error;
    else if ("value" in r) params[spec.name] = r.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, params };
}

/** Initial field text: the default if any, else empty (the example is shown as a placeholder). */
export function initialText(spec: QueryParameterSpec): string {
  const v = spec.default;
  if (v === undefined || v === null) return "";
  return Array.isArray(v) ? v.join(", ") : String(v);
}
