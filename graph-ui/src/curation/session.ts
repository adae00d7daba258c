/**
 * Who is correcting, and the write token when the server has KG_API_TOKEN set. The token lives in
 * sessionStorage so a secret does not outlive the tab; the name in localStorage so it is remembered.
 */
const TOKEN_KEY = "rawabit:write-token";
const USER_KEY = "rawabit:user";

export const session = {
  token: (): string => window.sessionStorage.getItem(TOKEN_KEY) ?? "",
  user: (): string => window.localStorage.getItem(USER_KEY) ?? "",
  setToken: (v: string): void => store(window.sessionStorage, TOKEN_KEY, v),
  setUser: (v: string): void => store(window.localStorage, USER_KEY, v),
};

function store(s: Storage, key: string, v: string): void {
  if (v.trim() === "") s.removeItem(key);
  else s.setItem(key, v.trim());
}

/** `Authorization` and `X-Rawabit-User` (percent-encoded, so an Arabic name fits in a header). */
export function writeHeaders(): Record<string, string> {
  const h: Record<string, string> = {};
  const token = session.token();
  const user = session.user();
  if (token) h.authorization = `Bearer ${token}`;
  if (user) h["x-rawabit-user"] = encodeURIComponent(user);
  return h;
}
