// PLACEHOLDER: the CLI (issue 5) is being written.
console.error('bn-wikitext: CLI not built yet');
process.exit(2);
