// Not a module on purpose: an import mapped here fails with TS2306, naming the rule in the file name.
