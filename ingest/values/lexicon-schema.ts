/**
 * Schemas of the value lexicon files, and the loader that validates them with an error naming
 * the file and the field to fix.
 */
import { readFileSync } from "node:fs";
import { z, type ZodType } from "zod";
import { InputError } from "../errors.js";

const forms = z.array(z.string().min(1)).min(1);
const gloss = z.string().min(1);

export const MonthsFile = z.object({
  months: z.array(
    z.object({
      month: z.number().int().min(1).max(12),
      en: gloss,
      forms,
      needsContext: z.boolean().optional(),
    }),
  ),
});
export const WeekdaysFile = z.object({
  weekdays: z.array(
    z.object({
      weekday: z.number().int().min(1).max(7),
      en: gloss,
      forms,
      notAfter: z.array(z.string().min(1)).optional(),
      notAfterEndings: z.array(z.string().min(1)).optional(),
      notBefore: z.array(z.string().min(1)).optional(),
    }),
  ),
});
const word = z.object({ form: z.string().min(1), en: gloss });
export const DateWordsFile = z.object({
  relative: z.array(word.extend({ relative: z.enum(["next", "previous", "current"]) })),
  units: z.array(word.extend({ unit: z.enum(["year", "month", "week"]) })),
  demonstratives: z.array(word),
  qualifiers: z.array(word.extend({ qualifier: z.enum(["end", "start", "mid", "by", "since", "until"]) })),
  yearWords: z.array(word),
  monthWords: z.array(word),
  dayWords: z.array(word.extend({ offset: z.number().int() })),
  dayPrefixes: z.array(word.extend({ then: z.string().min(1), offset: z.number().int() })),
  daySuffixes: z.array(word.extend({ after: z.string().min(1), offset: z.number().int() })),
  weekdayLicensors: z.array(word),
  monthLicensors: z.array(word),
  yearNounsNotDates: z.object({ forms }),
  todayNotDate: z.object({ before: forms }),
});
const valued = z.object({ value: z.number().positive(), en: gloss, forms });
export const NumbersFile = z.object({
  units: z.array(valued),
  teen: z.object({ forms }),
  tens: z.array(valued),
  hundreds: z.array(valued),
  scales: z.array(
    z.object({ value: z.number().positive(), en: gloss, singular: forms, dual: forms, plural: forms }),
  ),
  latinScales: z.array(valued),
  fractions: z.array(valued),
  approximators: z.array(word.extend({ bound: z.enum(["approximately", "exact", "over", "under"]) })),
});
const code = z.string().regex(/^[A-Z]{3}$/);
export const CurrenciesFile = z.object({
  nouns: z.array(z.object({ id: z.string().min(1), en: gloss, forms, default: code.nullable() })),
  currencies: z.array(z.object({ code, en: gloss, noun: z.string().min(1), adjectives: forms })),
  symbols: z.array(z.object({ symbol: z.string().min(1), code })),
  latinNouns: z.array(z.object({ form: z.string().min(1), code })),
});

export function load<T>(file: string, schema: ZodType<T>): T {
  const url = new URL(file, import.meta.url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, "utf8"));
  } catch (cause) {
    throw new InputError(`values: cannot read lexicon ${url.pathname} (fix the JSON syntax)`, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `values: lexicon ${file} is invalid at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown"}`,
    );
  }
  return parsed.data;
}
