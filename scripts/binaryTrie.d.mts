/** See binaryTrie.mjs. */
export function writeBinaryTrie(source: string, file: string): Promise<void>;
