"""The exception types newsclean raises: NewscleanError and its subclasses, nothing else."""


class NewscleanError(ValueError):
    """The source cannot be read at all: an unsupported type, a path that cannot be opened,
    a str that names a file instead of holding a page, broken gzip data, input over the cap.

    Everything else (empty input, binary garbage, a page with no article) gives an
    Article with an empty body instead of an exception.
    """


class InputTooLargeError(NewscleanError):
    """The input (or what its gzip data inflates to) is over the size cap, ``max_bytes``."""
