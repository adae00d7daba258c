import net from "node:net";

/**
 * Socket tuning for Bolt connections, which neo4j-driver (5.x, Node channel) does not expose.
 *
 * - **Nagle off.** The driver leaves Nagle's algorithm on and writes each Bolt message as its own
 *   small packet: a second packet waits for the server's ACK of the first, which Linux delays by
 *   up to 40 ms. Every query in a transaction then cost ~45 ms of pure waiting (measured: the
 *   article statement 46 ms → 2.7 ms, median of 35).
 * - **One write per tick.** With Nagle off every message (BEGIN, RUN, PULL, COMMIT) would be its
 *   own syscall and packet; corking the socket until the next tick sends what the driver wrote in
 *   one go as one `writev` (measured: 14.5 → 6 socket writes per ingested article).
 *
 * Only sockets connecting to a registered Bolt port are touched; everything else in the process is
 * left as it was. Idempotent.
 */
const boltPorts = new Set<number>();
let installed = false;

export function tuneBoltSockets(port: number): void {
  boltPorts.add(port);
  if (installed) return;
  installed = true;
  const proto = net.Socket.prototype;
  const connect = proto.connect as (...args: unknown[]) => net.Socket;
  proto.connect = function (this: net.Socket, ...args: unknown[]): net.Socket {
    const socket = connect.apply(this, args);
    // After connect: it resets an own `write` to the prototype's.
    const target = targetPort(args[0]);
    if (target !== null && boltPorts.has(target)) tune(this);
    return socket;
  } as typeof proto.connect;
}

function tune(socket: net.Socket): void {
  socket.setNoDelay(true);
  const write = net.Socket.prototype.write as (...args: unknown[]) => boolean;
  const uncork = (): void => {
    socket.uncork();
  };
  socket.write = function (this: net.Socket, ...args: unknown[]): boolean {
    if (this.writableCorked === 0) {
      this.cork();
      process.nextTick(uncork);
    }
    return write.apply(this, args);
  } as typeof socket.write;
}

/** The port of `socket.connect(port, …)`, `socket.connect({port})` or net.connect's normalised args. */
function targetPort(first: unknown): number | null {
  const options = Array.isArray(first) ? (first[0] as unknown) : first;
  if (typeof options === "number") return options;
  if (typeof options === "string" && /^\d+$/.test(options)) return Number(options);
  if (options !== null && typeof options === "object" && "port" in options) {
    const port = Number((options as { port: unknown }).port);
    return Number.isInteger(port) ? port : null;
  }
  return null;
}
