"""The `kzkg` command line: thin faces over the library."""
