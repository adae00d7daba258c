import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DEFAULT_BOLT_PORT, neo4jConfig, ROOT_DIR } from "../config.js";
import { DatabaseError } from "../errors.js";
import { withFileLock } from "./file-lock.js";
import { ensureLauncherBuilt, javaCommand, MAIN_CLASS, type JvmMemory } from "./launcher.js";
import { isProcessAlive, processRuns, residentMemoryMb } from "./process-info.js";

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1; defaults to NEO4J_BOLT_PORT or 7687. */
  port?: number;
  /** Store, logs and pid file; defaults to `.data/neo4j` (`.data/neo4j-<port>` for other ports). */
  dataDir?: string;
  /** Defaults to NEO4J_PASSWORD or the documented default. */
  password?: string;
  memory?: Partial<JvmMemory>;
  /** How long to wait for Bolt after spawning Java. */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  startedByUs: boolean;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  uri: string;
  rssMb: number | null;
  dataDir: string;
  logFile: string;
}

interface PidFile {
  pid: number;
  port: number;
  startedAt: string;
}

const DEFAULT_MEMORY: JvmMemory = { heapMb: 1024, pageCacheMb: 256 };

function resolve(opts: LocalNeo4jOptions) {
  const port = opts.port ?? Number(new URL(neo4jConfig().uri).port || DEFAULT_BOLT_PORT);
  const dataDir = path.resolve(
    opts.dataDir ?? path.join(ROOT_DIR, ".data", port === DEFAULT_BOLT_PORT ? "neo4j" : `neo4j-${port}`),
  );
  return {
    port,
    dataDir,
    uri: `bolt://127.0.0.1:${port}`,
    pidFile: path.join(dataDir, "neo4j.pid"),
    logFile: path.join(dataDir, "logs", "neo4j.log"),
  };
}

/**
 * Starts the local embedded Neo4j unless one is already running for this data directory, and
 * resolves once Bolt accepts connections with NEO4J_PASSWORD.
 *
 * @example const { uri, startedByUs } = await ensureLocalNeo4j({ port: 7688, dataDir: ".data/neo4j-test-7688" });
 */
export async function ensureLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const where = resolve(opts);
  const log = opts.log ?? console.error;
  mkdirSync(path.dirname(where.logFile), { recursive: true });
  return withFileLock(path.join(where.dataDir, "start.lock"), async () => {
    const running = runningInstance(where.pidFile);
    if (running) {
      if (running.port !== where.port) {
        throw new DatabaseError(
          `local-neo4j: ${where.dataDir} is already served by pid ${running.pid} on port ${running.port}, not ${where.port}. ` +
            "Stop it with `npm run db:stop` or use its port.",
        );
      }
      return { uri: where.uri, pid: running.pid, startedByUs: false };
    }
    if (await portAnswers(where.port)) {
      throw new DatabaseError(
        `local-neo4j: port ${where.port} is already in use by a process Rawabit did not start. ` +
          "Stop it, set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that server.",
      );
    }
    await ensureLauncherBuilt(log);
    const pid = spawnLauncher(where, opts);
    await waitUntilReady(pid, where.logFile, opts.startTimeoutMs ?? 180_000);
    return { uri: where.uri, pid, startedByUs: true };
  });
}

function spawnLauncher(where: ReturnType<typeof resolve>, opts: LocalNeo4jOptions): number {
  const memory = { ...DEFAULT_MEMORY, ...opts.memory };
  const { command, args } = javaCommand(where.dataDir, where.port, memory);
  const password = opts.password ?? neo4jConfig().password;
  writeFileSync(where.logFile, `--- ${new Date().toISOString()} starting ${where.uri}\n`, { flag: "a" });
  const out = openSync(where.logFile, "a");
  try {
    const child = spawn(command, args, {
      detached: true,
      stdio: ["ignore", out, out],
      env: { ...process.env, NEO4J_PASSWORD: password },
    });
    // `spawn` reports a missing java asynchronously; a pid proves the process exists.
    if (child.pid === undefined) {
      throw new DatabaseError(`local-neo4j: cannot run ${command}. Install Java 17 or set JAVA_HOME.`);
    }
    child.on("error", () => undefined);
    child.unref();
    const record: PidFile = { pid: child.pid, port: where.port, startedAt: new Date().toISOString() };
    writeFileSync(where.pidFile, `${JSON.stringify(record)}\n`);
    return child.pid;
  } finally {
    closeSync(out);
  }
}

/** The launcher prints READY only after the password is set, so Bolt is usable from then on. */
async function waitUntilReady(pid: number, logFile: string, timeoutMs: number): Promise<void> {
  const from = statSync(logFile).size;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = readFileSync(logFile, "utf8").slice(from);
    if (/^READY /m.test(text)) return;
    if (!isProcessAlive(pid)) {
      const tail = readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-15).join("\n");
      throw new DatabaseError(
        `local-neo4j: Neo4j exited during start-up; see ${logFile}. Last lines:\n${tail}`,
      );
    }
    if (Date.now() > deadline) {
      throw new DatabaseError(
        `local-neo4j: Neo4j (pid ${pid}) did not answer within ${Math.round(timeoutMs / 1000)} s; see ${logFile}.`,
      );
    }
    await sleep(250);
  }
}

/** Stops the instance of this data directory by pid (SIGTERM, clean shutdown). */
export async function stopLocalNeo4j(
  opts: Pick<LocalNeo4jOptions, "port" | "dataDir"> & { timeoutMs?: number } = {},
): Promise<{ wasRunning: boolean; pid: number | null }> {
  const where = resolve(opts);
  const running = runningInstance(where.pidFile);
  if (!running) {
    rmSync(where.pidFile, { force: true });
    return { wasRunning: false, pid: null };
  }
  process.kill(running.pid, "SIGTERM");
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(running.pid)) {
    if (Date.now() > deadline) {
      throw new DatabaseError(
        `local-neo4j: pid ${running.pid} still shutting down after ${Math.round(timeoutMs / 1000)} s; see ${where.logFile}.`,
      );
    }
    await sleep(200);
  }
  rmSync(where.pidFile, { force: true });
  return { wasRunning: true, pid: running.pid };
}

export function localNeo4jStatus(opts: Pick<LocalNeo4jOptions, "port" | "dataDir"> = {}): LocalNeo4jStatus {
  const where = resolve(opts);
  const running = runningInstance(where.pidFile);
  return {
    running: running !== null,
    pid: running?.pid ?? null,
    uri: running ? `bolt://127.0.0.1:${running.port}` : where.uri,
    rssMb: running ? residentMemoryMb(running.pid) : null,
    dataDir: where.dataDir,
    logFile: where.logFile,
  };
}

function runningInstance(pidFile: string): PidFile | null {
  let record: PidFile;
  try {
    record = JSON.parse(readFileSync(pidFile, "utf8")) as PidFile;
  } catch {
    return null;
  }
  const valid = Number.isInteger(record.pid) && Number.isInteger(record.port);
  return valid && isProcessAlive(record.pid) && processRuns(record.pid, MAIN_CLASS) ? record : null;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = net.connect({ host: "127.0.0.1", port, timeout: 1_000 });
    const finish = (open: boolean) => {
      socket.destroy();
      done(open);
    };
    socket.once("connect", () => finish(true));
    socket.once("timeout", () => finish(false));
    socket.once("error", () => finish(false));
  });
}
