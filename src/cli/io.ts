// Input/output of the command line, injectable so tests run commands in-process.

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** An expected failure: its Indonesian message is printed as one line. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2
  ) {
    super(message);
  }
}

export interface Command {
  name: string;
  /** One line, Indonesian, for `lkj --help`. */
  summary: string;
  run(args: string[], io: Io): Promise<number>;
}
