/**
 * The few error types Rawabit raises on purpose. Each message names its owner and the fix,
 * e.g. `ingest: article has no text (got 0 characters after removing markup)`.
 */
export class RawabitError extends Error {
  /** Stable machine-readable code, also used as the `error` field of API responses. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Bad input from a user: a file, an HTTP body, a CLI argument. Maps to HTTP 400. */
export class InputError extends RawabitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("bad_input", message, options);
  }
}

/** An article larger than KG_MAX_ARTICLE_BYTES. Maps to HTTP 413. */
export class TooLargeError extends RawabitError {
  constructor(message: string) {
    super("article_too_large", message);
  }
}

/** Well-formed input with no Arabic text in it: there is nothing to extract. Maps to HTTP 422. */
export class NotArabicError extends RawabitError {
  constructor(message: string) {
    super("no_arabic_text", message);
  }
}

/** Extraction itself failed (the worker stopped, or a bug), not the input. Maps to HTTP 500. */
export class ExtractionError extends RawabitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("extraction_failed", message, options);
  }
}

/** Something asked for does not exist. Maps to HTTP 404. */
export class NotFoundError extends RawabitError {
  constructor(message: string) {
    super("not_found", message);
  }
}

/** The database cannot be reached or refused the work. Maps to HTTP 503. */
export class DatabaseError extends RawabitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("database_unavailable", message, options);
  }
}

/** Configuration (environment variables) is invalid. */
export class ConfigError extends RawabitError {
  constructor(message: string) {
    super("bad_config", message);
  }
}

/** A read-only query tried to write or to call a forbidden procedure. Maps to HTTP 403. */
export class ForbiddenQueryError extends RawabitError {
  constructor(message: string) {
    super("forbidden_query", message);
  }
}

/** A Cypher query that does not parse or plan (syntax, unknown function). Maps to HTTP 400. */
export class BadQueryError extends RawabitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("bad_query", message, options);
  }
}

/** A read-only query ran past its time budget and was stopped by the server. Maps to HTTP 408. */
export class QueryTimeoutError extends RawabitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("timeout", message, options);
  }
}

/** A page fetched for the user (`--url`, POST /api/articles/url) could not be had. Maps to HTTP 502. */
export class UpstreamError extends RawabitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("upstream_failed", message, options);
  }
}

/**
 * A URL the server was asked to fetch that is, or resolves to, a private, loopback or link-local
 * address (set KG_URL_ALLOW_PRIVATE=1 to allow them). Maps to HTTP 403.
 */
export class PrivateAddressError extends RawabitError {
  constructor(message: string) {
    super("private_address", message);
  }
}

/** A fetched page that is not text an article can come from (an image, a PDF). Maps to HTTP 415. */
export class UnsupportedContentError extends RawabitError {
  constructor(message: string) {
    super("unsupported_content", message);
  }
}
