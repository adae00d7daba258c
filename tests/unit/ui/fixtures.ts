import type { GraphPayload } from "../../../ingest/model.js";

/** A small payload shaped like GET /api/graph for the seed article (samples/seed-article.txt). */
export const SEED_PAYLOAD: GraphPayload = {
  nodes: [
    {
      id: "person:biden",
      labels: ["Entity", "Person"],
      type: "Person",
      name: "جو بايدن",
      nameEn: "Joe Biden",
      properties: { aliases: ["بايدن"], mentionCount: 9, degree: 3 },
    },
    {
      id: "person:kadhimi",
      labels: ["Entity", "Person"],
      type: "Person",
      name: "مصطفى الكاظمي",
      nameEn: "Mustafa al-Kadhimi",
      properties: { aliases: ["الكاظمي"], mentionCount: 6 },
    },
    {
      id: "country:us",
      labels: ["Entity", "Country"],
      type: "Country",
      name: "الولايات المتحدة",
      nameEn: "United States",
      properties: {},
    },
    {
      id: "country:iraq",
      labels: ["Entity", "Country"],
      type: "Country",
      name: "العراق",
      nameEn: "Iraq",
      properties: {},
    },
    {
      id: "org:isis",
      labels: ["Entity", "Organization"],
      type: "Organization",
      name: "داعش",
      nameEn: "ISIS",
      properties: {},
    },
  ],
  edges: [
    {
      id: "person:biden|MET|person:kadhimi",
      type: "MET",
      source: "person:biden",
      target: "person:kadhimi",
      properties: { count: 2 },
    },
    {
      id: "person:biden|LEADS|country:us",
      type: "LEADS",
      source: "person:biden",
      target: "country:us",
      properties: { count: 1, role: "president" },
    },
    {
      id: "person:kadhimi|LEADS|country:iraq",
      type: "LEADS",
      source: "person:kadhimi",
      target: "country:iraq",
      properties: { count: 1, role: "prime minister" },
    },
    {
      id: "country:us|COOPERATES_WITH|country:iraq",
      type: "COOPERATES_WITH",
      source: "country:us",
      target: "country:iraq",
      properties: { count: 3 },
    },
  ],
};
