// The engine logs through this interface; main.ts backs it with @actions/core, cli.ts with stderr.
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number }): void;
  error(message: string, where?: { file?: string; line?: number }): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warning() {}, error() {} };

/** Collects messages, for tests and for the job summary. */
export function memoryLogger(): Logger & { messages: { level: string; message: string }[] } {
  const messages: { level: string; message: string }[] = [];
  const push = (level: string) => (message: string) => void messages.push({ level, message });
  return { messages, debug: push('debug'), info: push('info'), warning: push('warning'), error: push('error') };
}
