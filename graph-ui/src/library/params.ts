import type { QueryParameterSpec } from "../../../ingest/model.js";
import { t } from "../i18n/index.js";
import type { UiLang } from "../state/types.js";

export type RawValue = string | boolean;
export type ParamsResult =
  { ok: true; params: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/** Parse one form field by the parameter's declared type. An empty optional field is left out (server default applies). */
export function parseParam(
  spec: QueryParameterSpec,
  raw: RawValue | undefined,
  lang: UiLang = "en",
): { value?: unknown; error?: string } {
  if (spec.type === "boolean") return { value: raw === true || raw === "true" };
  const text = typeof raw === "string" ? raw.trim() : "";
  const vars = { name: spec.name, value: text };
  if (text === "") return spec.required ? { error: t(lang, "paramRequired", vars) } : {};
  switch (spec.type) {
    case "string":
      return { value: text };
    case "integer": {
      const n = Number(text);
      return Number.isInteger(n) ? { value: n } : { error: t(lang, "paramInteger", vars) };
    }
    case "float": {
      const n = Number(text);
      return Number.isFinite(n) ? { value: n } : { error: t(lang, "paramNumber", vars) };
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

export function formToParams(
  specs: QueryParameterSpec[],
  raw: Record<string, RawValue>,
  lang: UiLang = "en",
): ParamsResult {
  const params: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const spec of specs) {
    const r = parseParam(spec, raw[spec.name], lang);
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
