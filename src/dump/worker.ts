// PLACEHOLDER: the dump worker (issue 5) is being written.
export {};
