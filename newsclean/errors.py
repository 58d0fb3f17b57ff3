"""The one exception type newsclean raises."""


class NewscleanError(ValueError):
    """The source cannot be read at all: an unsupported type, or a path that cannot be opened.

    Everything else (empty input, binary garbage, a page with no article) gives an
    Article with an empty body instead of an exception.
    """
