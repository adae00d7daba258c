import { spawn } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT_DIR } from "../config.js";
import { DatabaseError } from "../errors.js";
import { withFileLock } from "./file-lock.js";

export const LAUNCHER_DIR = path.join(ROOT_DIR, "neo4j");
const TARGET = path.join(LAUNCHER_DIR, "target");
const LAUNCHER_JAR = path.join(TARGET, "rawabit-neo4j.jar");
/** Written after Maven finished copying every jar, so an interrupted build is redone. */
const READY_MARKER = path.join(TARGET, "lib", ".complete");
export const MAIN_CLASS = "rawabit.LocalNeo4j";
const SOURCES = [
  path.join(LAUNCHER_DIR, "pom.xml"),
  path.join(LAUNCHER_DIR, "src", "main", "java", ...MAIN_CLASS.split(".")) + ".java",
];

export interface JvmMemory {
  heapMb: number;
  pageCacheMb: number;
}

/**
 * JVM flags from Neo4j 5.26's default neo4j.conf (`server.jvm.additional`), minus
 * `-XX:+AlwaysPreTouch`, which would commit the whole heap up front on a shared machine.
 */
const NEO4J_JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
];

/** Built, complete, and newer than its sources (so editing the launcher rebuilds it). */
export function launcherBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(READY_MARKER)) return false;
  const built = statSync(LAUNCHER_JAR).mtimeMs;
  return SOURCES.every((file) => statSync(file).mtimeMs <= built);
}

/**
 * Builds the launcher and copies Neo4j's jars into neo4j/target/lib. Only the first build touches
 * the network (Maven Central); every later start runs `java -cp` directly.
 */
export async function ensureLauncherBuilt(log: (line: string) => void = console.error): Promise<void> {
  if (launcherBuilt()) return;
  await withFileLock(path.join(ROOT_DIR, ".data", "neo4j-build.lock"), async () => {
    if (launcherBuilt()) return;
    log("local-neo4j: building the Neo4j launcher (Maven downloads the Neo4j jars once, ~125 MB)…");
    const code = await run("mvn", [
      "-q",
      "-B",
      "-Dstyle.color=never",
      "-f",
      path.join(LAUNCHER_DIR, "pom.xml"),
      "package",
    ]);
    if (code !== 0) {
      throw new DatabaseError(
        `local-neo4j: \`mvn -f neo4j/pom.xml package\` failed (exit ${code}). ` +
          "Check that Maven and Java 17 are installed and Maven Central is reachable, or set NEO4J_URI to a running Neo4j.",
      );
    }
    writeFileSync(READY_MARKER, `${new Date().toISOString()}\n`);
  });
}

/** Command line that runs the launcher; the password travels in the environment, not in argv. */
export function javaCommand(
  home: string,
  port: number,
  memory: JvmMemory,
): { command: string; args: string[] } {
  const javaHome = process.env.JAVA_HOME;
  const command = javaHome ? path.join(javaHome, "bin", "java") : "java";
  return {
    command,
    args: [
      `-Xms${Math.min(256, memory.heapMb)}m`,
      `-Xmx${memory.heapMb}m`,
      ...NEO4J_JVM_FLAGS,
      "-cp",
      `${LAUNCHER_JAR}${path.delimiter}${path.join(TARGET, "lib", "*")}`,
      MAIN_CLASS,
      "--home",
      home,
      "--bolt-port",
      String(port),
      "--page-cache-mb",
      String(memory.pageCacheMb),
    ],
  };
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", (err) =>
      reject(
        new DatabaseError(
          `local-neo4j: cannot run ${command} (${err.message}). Install Maven 3 and Java 17.`,
          {
            cause: err,
          },
        ),
      ),
    );
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
