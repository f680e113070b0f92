"""The runtime source, copied into the generated package by codegen.

This file only makes the folder a package for the checkers; it is not copied."""
