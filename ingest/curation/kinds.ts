/**
 * What an analyst can correct, as data: one zod schema per kind of correction, checked at every
 * boundary (HTTP body, CLI arguments, imported file) before anything is written.
 */
import { z } from "zod";
import { ENTITY_MODEL_KEYS, ENTITY_TYPES, RELATION_TYPES } from "../model.js";

const id = z.string().trim().min(1).max(300);
const text = z.string().trim().min(1).max(2_000);
const relation = { type: z.enum(RELATION_TYPES), source: id, target: id };
/** Wikidata item ids, as entities carry them in `qid`. */
export const QID = /^Q[1-9][0-9]{0,11}$/;
const scalar = z.union([z.string().max(2_000), z.number().finite(), z.boolean()]);

export const REQUESTS = {
  merge: z.object({ survivor: id, merged: z.array(id).min(1).max(100) }).strict(),
  split: z
    .object({
      from: id,
      /** Surface forms (aliases as written in mentions) that name someone else. */
      forms: z.array(text).min(1).max(100),
      /** An existing entity, or a new one described by `entity`. */
      to: id.optional(),
      entity: z
        .object({ name: text, type: z.enum(ENTITY_TYPES), nameEn: z.string().trim().max(500).optional() })
        .strict()
        .optional(),
    })
    .strict()
    .refine((p) => (p.to === undefined) !== (p.entity === undefined), {
      message: "give either `to` (an existing entity id) or `entity` ({name, type}) for a new one",
    }),
  rename: z
    .object({ id, name: text.optional(), nameEn: z.string().trim().max(500).optional() })
    .strict()
    .refine((p) => p.name !== undefined || p.nameEn !== undefined, { message: "give name and/or nameEn" }),
  retype: z.object({ id, type: z.enum(ENTITY_TYPES) }).strict(),
  "set-property": z
    .object({
      id,
      key: z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, "key must be a word of letters, digits and _")
        .refine((k) => !(ENTITY_MODEL_KEYS as readonly string[]).includes(k), {
          message: `key may not be one of ${ENTITY_MODEL_KEYS.join(", ")} (use rename or retype)`,
        }),
      value: scalar.nullable(),
    })
    .strict()
    .refine(
      (p) => p.key !== "qid" || p.value === null || (typeof p.value === "string" && QID.test(p.value)),
      {
        message: "a qid is a Wikidata item id: Q followed by a number (e.g. Q42)",
        path: ["value"],
      },
    ),
  "not-entity": z
    .object({ id: id.optional(), form: text.optional(), context: text.optional() })
    .strict()
    .refine((p) => p.id !== undefined || p.form !== undefined, { message: "give id and/or form" }),
  "reject-relation": z
    .object({ ...relation, sentenceIds: z.array(id).min(1).max(1_000).optional() })
    .strict(),
  "confirm-relation": z.object(relation).strict(),
  "add-relation": z.object({ ...relation, note: text, sentence: text.optional() }).strict(),
  undo: z.object({ target: id }).strict(),
} as const;

export type CorrectionKind = keyof typeof REQUESTS;
export const CORRECTION_KINDS = Object.keys(REQUESTS) as CorrectionKind[];
export type Request<K extends CorrectionKind> = z.infer<(typeof REQUESTS)[K]>;

/** A correction as stored (`:Correction` nodes) and exported; `payload` is the request plus what applying it recorded. */
export interface Correction {
  id: string;
  seq: number;
  kind: CorrectionKind;
  user: string;
  at: string;
  reason: string | null;
  payload: Record<string, unknown>;
  undone: boolean;
}

export const correctionSchema = z
  .object({
    id: z.string().regex(/^c-[A-Za-z0-9-]{1,80}$/, "ids look like c-<letters, digits, ->"),
    seq: z.number().int().min(0),
    kind: z.enum(CORRECTION_KINDS as [CorrectionKind, ...CorrectionKind[]]),
    user: z.string().trim().min(1).max(100),
    at: z.string().refine((s) => !Number.isNaN(Date.parse(s)), "at must be an ISO date"),
    reason: z.string().max(2_000).nullable(),
    payload: z.record(z.unknown()),
    undone: z.boolean(),
  })
  .strict();

/** The file `kg curate export` writes and `import` reads. */
export const EXPORT_FORMAT = "rawabit-corrections";
export const exportSchema = z
  .object({ format: z.literal(EXPORT_FORMAT), version: z.literal(1), corrections: z.array(correctionSchema) })
  .strict();
export type CorrectionsFile = z.infer<typeof exportSchema>;
