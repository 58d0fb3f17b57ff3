"""The block model, kept importable under its former name (custom cleaners import Page
from here): see newsclean.model."""
from .model import *  # noqa: F401,F403
from .model import Block, Page, words_key  # noqa: F401
