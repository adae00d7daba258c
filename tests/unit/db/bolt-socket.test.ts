import net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { tuneBoltSockets } from "../../../ingest/db/bolt-socket.js";
import { boltPort } from "../../../ingest/db/driver.js";

/** Node's stream hooks that hand data to the kernel: one call per write syscall. */
const socketInternals = net.Socket.prototype as unknown as {
  _write: (...args: unknown[]) => void;
  _writev: (...args: unknown[]) => void;
};

/** A server that records how many separate chunks it receives before the client ends. */
async function withServer<T>(fn: (port: number, chunks: () => Buffer[]) => Promise<T>): Promise<T> {
  const received: Buffer[] = [];
  const server = net.createServer((s) => {
    s.on("data", (d: Buffer) => received.push(d));
    s.on("end", () => s.end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    return await fn((server.address() as net.AddressInfo).port, () => received);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Connects, writes `parts` in one tick, and resolves once the server has seen them all. */
async function send(port: number, parts: string[]): Promise<void> {
  const client = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    client.once("connect", resolve);
    client.once("error", reject);
  });
  for (const p of parts) client.write(p);
  await new Promise<void>((resolve) => client.end(resolve));
  await new Promise<void>((resolve) => client.once("close", () => resolve()));
}

describe("tuneBoltSockets", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("turns Nagle off and sends one tick's writes as one chunk on a registered port", async () => {
    await withServer(async (port, chunks) => {
      tuneBoltSockets(port);
      tuneBoltSockets(port);
      const noDelay = vi.spyOn(net.Socket.prototype, "setNoDelay");
      const writev = vi.spyOn(socketInternals, "_writev");
      const write = vi.spyOn(socketInternals, "_write");
      await send(port, ["BEGIN;", "RUN;", "PULL;"]);
      expect(noDelay.mock.calls.filter(([flag]) => flag === true)).toHaveLength(1);
      // The three writes reach the kernel as one vectored write, not three.
      expect(writev).toHaveBeenCalledTimes(1);
      expect((writev.mock.calls[0]?.[0] as unknown[]).length).toBe(3);
      expect(write).not.toHaveBeenCalled();
      expect(Buffer.concat(chunks()).toString()).toBe("BEGIN;RUN;PULL;");
    });
  });

  it("leaves sockets to other ports alone", async () => {
    await withServer(async (port) => {
      tuneBoltSockets(port + 1 === 65536 ? port - 1 : port + 1);
      const noDelay = vi.spyOn(net.Socket.prototype, "setNoDelay");
      const writev = vi.spyOn(socketInternals, "_writev");
      await send(port, ["a", "b"]);
      expect(noDelay).not.toHaveBeenCalled();
      expect(writev).not.toHaveBeenCalled();
    });
  });
});

describe("boltPort", () => {
  it.each([
    ["bolt://127.0.0.1:7688", 7688],
    ["neo4j://db.example:7699", 7699],
    ["bolt+s://db.example", 7687],
    ["not a uri", 7687],
  ])("%s → %i", (uri, port) => {
    expect(boltPort(uri)).toBe(port);
  });
});
