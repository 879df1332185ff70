/** A refusal the operator can act on: the CLI prints its message alone, no stack, and exits 1. */
export class BackupError extends Error {}
