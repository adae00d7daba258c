/** A GET /api/queries reply (cypher/queries header format, see the contract). */
export const guardsFixture = {
  queries: [
    {
      name: "who-met-whom",
      title: "Who met whom",
      titleAr: "من التقى بمن",
      description: "All MET relationships",
      descriptionAr: "كل علاقات اللقاء",
      parameters: [
        {
          name: "entity",
          type: "string" as const,
          description: "Entity id or name",
          default: null,
          example: "جو بايدن",
          required: false,
        },
        { name: "limit", type: "integer" as const, description: "Maximum rows", required: true },
        { name: "names", type: "string[]" as const, description: "Names", required: false },
      ],
      cypher: "MATCH (a)-[r:MET]-(b) RETURN a, r, b LIMIT $limit",
    },
  ],
};
