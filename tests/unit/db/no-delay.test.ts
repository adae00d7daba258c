import net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { disableNagleForClientSockets } from "../../../ingest/db/no-delay.js";

describe("disableNagleForClientSockets", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("client sockets connect with Nagle's algorithm off, once per socket, whatever the call count", async () => {
    disableNagleForClientSockets();
    disableNagleForClientSockets();
    const spy = vi.spyOn(net.Socket.prototype, "setNoDelay");
    const server = net.createServer((s) => s.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const reply = await new Promise<string>((resolve, reject) => {
      const client = net.connect(port, "127.0.0.1");
      let data = "";
      client.on("data", (d) => (data += String(d)));
      client.on("end", () => resolve(data));
      client.on("error", reject);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(reply).toBe("ok");
    const clientCalls = spy.mock.calls.filter(([flag]) => flag === true);
    expect(clientCalls).toHaveLength(1);
  });
});
