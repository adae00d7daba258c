export async function run(_args: string[]): Promise<number> {
  console.error("kg db: not available yet");
  return 1;
}
