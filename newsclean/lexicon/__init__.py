"""The words newsclean reads pages with, in one place and by language."""
