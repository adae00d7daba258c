import neo4j from "neo4j-driver";

/**
 * Converts driver values into plain JSON-friendly data so that Neo4j types never leak past the
 * database module: Integer → number (string when outside the safe range), graph types → objects
 * keyed by `elementId`, temporal values → ISO strings, recursively through lists and maps.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== "object") return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: plainMap(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: plainMap(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      start: toPlain(value.start),
      end: toPlain(value.end),
      length: value.length,
      segments: value.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return z === undefined ? { srid: toPlain(srid), x, y } : { srid: toPlain(srid), x, y, z };
  }
  if (value instanceof Uint8Array) return Array.from(value);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(map)) out[key] = toPlain(v);
  return out;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}
