import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { UnauthorizedError } from "./errors.js";

const digest = (s: string): Buffer => createHash("sha256").update(s).digest();

/** preHandler for write routes: with KG_API_TOKEN set, `Authorization: Bearer <token>` is required. */
export function requireToken(token: string | null) {
  const expected = token === null ? null : digest(token);
  return async (request: FastifyRequest): Promise<void> => {
    if (expected === null) return;
    const header = request.headers.authorization ?? "";
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    // Hashing first gives equal lengths, so the comparison time says nothing about the token.
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new UnauthorizedError(
        "api: this endpoint changes the graph and needs `Authorization: Bearer <KG_API_TOKEN>`" +
          (given === undefined ? " (no token sent)" : " (wrong token)"),
      );
    }
  };
}
